package id.desabinaan.knowledge.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import id.desabinaan.knowledge.ArticleDirectory.Source;
import id.desabinaan.shared.InvalidInputException;

/**
 * The content of one article version as an editor (or the starter files) gives it. A
 * draft may be incomplete; {@link #checkComplete()} says what review needs. Field names
 * are those of the editing form, so that errors land next to their field.
 *
 * @param topic what it is about
 * @param audiences who it is for
 * @param sources the references it rests on
 * @param validFrom since when the content holds
 * @param lastChecked when it was last checked against its sources
 * @param titleId Indonesian title
 * @param summaryId Indonesian summary (one or two sentences)
 * @param bodyId Indonesian body (Markdown)
 * @param titleEn English title
 * @param summaryEn English summary
 * @param bodyEn English body (Markdown)
 */
public record ArticleContent(Topic topic, Set<Audience> audiences, List<Source> sources, LocalDate validFrom,
		LocalDate lastChecked, String titleId, String summaryId, String bodyId, String titleEn, String summaryEn,
		String bodyEn) {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 500;

	static final int MAX_BODY = 100_000;

	static final int MAX_SOURCES = 20;

	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");

	public ArticleContent {
		audiences = (audiences != null) ? Set.copyOf(audiences) : Set.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		titleId = strip(titleId);
		summaryId = strip(summaryId);
		bodyId = (bodyId != null) ? bodyId.replace("\r\n", "\n").strip() : "";
		titleEn = strip(titleEn);
		summaryEn = strip(summaryEn);
		bodyEn = (bodyEn != null) ? bodyEn.replace("\r\n", "\n").strip() : "";
	}

	/** What every saved draft needs: a topic, an Indonesian title, sane lengths. */
	void checkDraft() {
		if (this.topic == null) {
			throw new InvalidInputException("topic", "article.error.topic.required");
		}
		if (this.titleId.length() < 3) {
			throw new InvalidInputException("titleId", "article.error.title.required");
		}
		if (this.validFrom == null) {
			throw new InvalidInputException("validFrom", "article.error.date.required");
		}
		if (this.lastChecked == null) {
			throw new InvalidInputException("lastChecked", "article.error.date.required");
		}
		max("titleId", this.titleId, MAX_TITLE);
		max("titleEn", this.titleEn, MAX_TITLE);
		max("summaryId", this.summaryId, MAX_SUMMARY);
		max("summaryEn", this.summaryEn, MAX_SUMMARY);
		max("bodyId", this.bodyId, MAX_BODY);
		max("bodyEn", this.bodyEn, MAX_BODY);
		if (this.sources.size() > MAX_SOURCES) {
			throw new InvalidInputException("sources", "article.error.sources.tooMany", MAX_SOURCES);
		}
		for (Source source : this.sources) {
			if (source.title() == null || source.title().isBlank() || source.title().length() > 300) {
				throw new InvalidInputException("sources", "article.error.source.title");
			}
			if (source.url() != null && (source.url().length() > 500 || !WEB_ADDRESS.matcher(source.url()).matches())) {
				throw new InvalidInputException("sources", "article.error.source.url", source.url());
			}
		}
	}

	/**
	 * What review needs on top of a draft: both languages complete, an audience and a
	 * source.
	 */
	void checkComplete() {
		checkDraft();
		required("summaryId", this.summaryId);
		required("bodyId", this.bodyId);
		if (this.titleEn.length() < 3) {
			throw new InvalidInputException("titleEn", "article.error.title.required");
		}
		required("summaryEn", this.summaryEn);
		required("bodyEn", this.bodyEn);
		if (this.audiences.isEmpty()) {
			throw new InvalidInputException("audiences", "article.error.audience.required");
		}
		if (this.sources.isEmpty()) {
			throw new InvalidInputException("sources", "article.error.sources.required");
		}
	}

	/** The title in a language ({@code en} or Indonesian). */
	public String title(String language) {
		return "en".equals(language) ? this.titleEn : this.titleId;
	}

	private static void required(String field, String value) {
		if (value.isBlank()) {
			throw new InvalidInputException(field, "article.error.required");
		}
	}

	private static void max(String field, String value, int max) {
		if (value.length() > max) {
			throw new InvalidInputException(field, "article.error.tooLong", max);
		}
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

}
