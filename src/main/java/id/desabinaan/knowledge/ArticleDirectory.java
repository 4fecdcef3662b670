package id.desabinaan.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Published knowledge-base articles for other modules (posters, messaging): what a
 * resident reads at {@code /info/{slug}}, in one language, with the body already rendered
 * from Markdown and sanitised.
 */
public interface ArticleDirectory {

	/**
	 * The published version of an article in a language ({@code id} or {@code en}; any
	 * other tag means Indonesian), empty when the slug is unknown or the article is not
	 * published (a draft, or retired).
	 */
	Optional<PublishedArticle> findPublished(String slug, String language);

	/**
	 * An article as residents read it.
	 *
	 * @param slug stable address part: the page is {@code /info/{slug}}
	 * @param language {@code id} or {@code en}
	 * @param title the title
	 * @param summary one or two sentences
	 * @param html the body as sanitised HTML (XHTML-compatible, no script, no raw HTML,
	 * headings from {@code h2})
	 * @param text the body as plain text (for SMS, WhatsApp, search)
	 * @param topic the topic code, e.g. {@code PASSPORT}
	 * @param sources the references the content rests on
	 * @param validFrom since when the content holds
	 * @param lastChecked when an editor last checked it against its sources
	 * @param reviewer who reviewed and published this version
	 * @param versionNumber the version number (1, 2, ...)
	 * @param publishedAt when this version was published
	 * @param officeId the Kanim of a local article, {@code null} for national content
	 */
	record PublishedArticle(String slug, String language, String title, String summary, String html, String text,
			String topic, List<Source> sources, LocalDate validFrom, LocalDate lastChecked, String reviewer,
			int versionNumber, Instant publishedAt, Long officeId) {

		/** The public address of the article. */
		public String path() {
			return "/info/" + this.slug;
		}

	}

	/**
	 * A reference an article rests on.
	 *
	 * @param title the law, regulation or page, e.g. "UU No. 18 Tahun 2017"
	 * @param url where to read it, may be {@code null}
	 */
	record Source(String title, String url) {
	}

}
