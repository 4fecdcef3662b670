package id.desabinaan.knowledge.search;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import id.desabinaan.knowledge.SiteSearchDocument;

/**
 * One document of the site search in one language, as the index sees it. Title and body
 * are indexed twice, with the Indonesian and the English analyzer ({@code title_id},
 * {@code body_id}, {@code title_en}, {@code body_en}); a query uses the pair of its
 * language. Written only by {@link SearchIndexer}; changes reach the index when the
 * transaction commits.
 */
@Entity
@Table(name = "search_entry")
@Indexed(index = "site")
class SearchEntry {

	/** Longest text kept per document. */
	static final int MAX_BODY = 100_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(projectable = Projectable.YES)
	private String kind;

	@KeywordField(projectable = Projectable.YES)
	private String sourceKey;

	@KeywordField
	private String language;

	@FullTextField(name = "title_id", analyzer = SearchAnalysis.INDONESIAN, projectable = Projectable.YES,
			highlightable = Highlightable.PLAIN)
	@FullTextField(name = "title_en", analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.YES,
			highlightable = Highlightable.PLAIN)
	private String title;

	@FullTextField(name = "body_id", analyzer = SearchAnalysis.INDONESIAN, projectable = Projectable.YES,
			highlightable = Highlightable.PLAIN)
	@FullTextField(name = "body_en", analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.YES,
			highlightable = Highlightable.PLAIN)
	private String body;

	@KeywordField(projectable = Projectable.YES)
	private String path;

	@KeywordField(projectable = Projectable.YES)
	private String labelCode;

	@GenericField
	private Long officeId;

	private Instant createdAt;

	private Instant changedAt;

	protected SearchEntry() {
	}

	SearchEntry(SiteSearchDocument document, Instant at) {
		this.kind = document.kind();
		this.sourceKey = document.key();
		this.language = document.language();
		this.createdAt = at;
		update(document, at);
	}

	/** Takes the document's content; whether anything changed. */
	boolean update(SiteSearchDocument document, Instant at) {
		String newTitle = clean(document.title(), 300);
		String newBody = clean(document.text(), MAX_BODY);
		boolean changed = !Objects.equals(this.title, newTitle) || !Objects.equals(this.body, newBody)
				|| !Objects.equals(this.path, document.path()) || !Objects.equals(this.labelCode, document.labelCode())
				|| !Objects.equals(this.officeId, document.officeId());
		if (changed) {
			this.title = newTitle;
			this.body = newBody;
			this.path = document.path();
			this.labelCode = document.labelCode();
			this.officeId = document.officeId();
			this.changedAt = at;
		}
		return changed;
	}

	/**
	 * Plain text without the control characters the highlighter uses as markers, cut to a
	 * length.
	 */
	static String clean(String text, int max) {
		String plain = (text != null) ? text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ").strip() : "";
		return (plain.length() <= max) ? plain : plain.substring(0, max);
	}

	String key() {
		return this.sourceKey;
	}

	String language() {
		return this.language;
	}

}
