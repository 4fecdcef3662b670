package id.desabinaan.knowledge;

import java.util.List;

/**
 * Search across the site (articles, offices and the documents of every
 * {@link SiteSearchSource}) in Indonesian or English: words meet on their root
 * ("perdagangan", "diperdagangkan" and "pedagang" all find "dagang"), one typo per word
 * is forgiven, and results come with highlighted snippets.
 */
public interface SiteSearch {

	/** Longest query text taken into account. */
	int MAX_QUERY_LENGTH = 200;

	/** Results for a query, best first. */
	Results search(Query query);

	/** Re-reads every document of one source (after a change of many). */
	void refresh(String kind);

	/** Re-reads the documents of one key of a source (after a change of one item). */
	void refresh(String kind, String key);

	/**
	 * A search.
	 *
	 * @param text what the person typed
	 * @param language {@code id} or {@code en}
	 * @param officeId the Kanim serving the person's region, whose local documents are
	 * included; {@code null} for national documents only
	 * @param limit the most results wanted (1 to 50)
	 */
	record Query(String text, String language, Long officeId, int limit) {
	}

	/**
	 * The answer to a query.
	 *
	 * @param total how many documents matched
	 * @param hits the best of them, at most the limit
	 */
	record Results(long total, List<Hit> hits) {
	}

	/**
	 * One result.
	 *
	 * @param kind the document's kind
	 * @param key the document's key within its kind
	 * @param title the title, with the matching words marked
	 * @param snippet a passage of the text around the matching words, marked
	 * @param path where the result links to
	 * @param labelCode message code naming the kind
	 */
	record Hit(String kind, String key, List<Fragment> title, List<Fragment> snippet, String path, String labelCode) {

		/** The title as plain text. */
		public String titleText() {
			return Fragment.join(this.title);
		}

		/** The snippet as plain text. */
		public String snippetText() {
			return Fragment.join(this.snippet);
		}

	}

	/**
	 * A piece of text, marked when it matched the query. Pages show marked pieces in
	 * {@code <mark>}; the text itself is never markup.
	 *
	 * @param text the text
	 * @param match whether it matched
	 */
	record Fragment(String text, boolean match) {

		static String join(List<Fragment> fragments) {
			StringBuilder joined = new StringBuilder();
			fragments.forEach((fragment) -> joined.append(fragment.text()));
			return joined.toString();
		}

	}

}
