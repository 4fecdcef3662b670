package id.desabinaan.knowledge;

import java.util.List;

/**
 * Something the site search indexes. Declare a Spring bean implementing it: the search
 * reads every source when the application is ready (documents that disappeared are
 * dropped), and again when {@link SiteSearch#refresh(String)} is called after a change.
 */
public interface SiteSearchSource {

	/** The kind of every document of this source, e.g. {@code requirement}. */
	String kind();

	/** Every document of this source, in every language. */
	List<SiteSearchDocument> documents();

	/**
	 * The documents of one key (after a change of one item); by default filters
	 * {@link #documents()}.
	 */
	default List<SiteSearchDocument> documents(String key) {
		return documents().stream().filter((document) -> document.key().equals(key)).toList();
	}

}
