package id.desabinaan.knowledge.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * An article: a stable address ({@code /info/{slug}}) with numbered versions. Guards the
 * workflow: a draft is edited, sent for review, and published by an editor who wrote no
 * part of it (the version published before is superseded, never changed); a published
 * article can be withdrawn (retired) and later published again from a new draft. At most
 * one version is open (draft or in review) at a time.
 */
@Entity
@Table(name = "article")
public class Article extends AuditedEntity {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private Long officeId;

	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "published_version_id")
	private ArticleVersion publishedVersion;

	private Integer starterRevision;

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL)
	@OrderBy("number")
	private List<ArticleVersion> versions = new ArrayList<>();

	protected Article() {
	}

	/**
	 * A new article with its first draft.
	 * @param officeId the Kanim of a local article, {@code null} for national content
	 */
	static Article draft(String slug, Long officeId, ArticleContent content, long authorId) {
		content.checkDraft();
		Article article = new Article();
		article.slug = checkedSlug(slug);
		article.officeId = officeId;
		ArticleVersion first = new ArticleVersion(article, 1, Origin.EDITOR, content);
		first.addAuthor(authorId);
		article.versions.add(first);
		return article;
	}

	/**
	 * Content shipped with a release (or demo data): published as it ships (version 1).
	 * @param officeId the Kanim of a local article, {@code null} for national content
	 * @param revision the starter file's revision, {@code null} for demo content
	 */
	static Article starter(String slug, Long officeId, ArticleContent content, Integer revision, String reviewer,
			Instant at) {
		content.checkComplete();
		Article article = new Article();
		article.slug = checkedSlug(slug);
		article.officeId = officeId;
		article.starterRevision = revision;
		ArticleVersion first = new ArticleVersion(article, 1, Origin.STARTER, content);
		article.versions.add(first);
		first.published(null, reviewer, at);
		article.publishedVersion = first;
		return article;
	}

	/**
	 * A newer revision of the starter content. Published as a new version when editors
	 * have not touched the article since the last starter version; otherwise left in
	 * review beside their work, so that nothing an editor wrote is overwritten. Nothing
	 * happens while a version is open.
	 * @return whether a version was added
	 */
	boolean applyStarterRevision(ArticleContent content, int revision, String reviewer, Instant at) {
		if (this.starterRevision != null && revision <= this.starterRevision) {
			return false;
		}
		if (openVersion().isPresent()) {
			return false;
		}
		content.checkComplete();
		boolean untouched = latest().getOrigin() == Origin.STARTER && latest().getState().wasPublished();
		ArticleVersion next = new ArticleVersion(this, latest().getNumber() + 1, Origin.STARTER, content);
		this.versions.add(next);
		this.starterRevision = revision;
		if (untouched && this.publishedVersion != null) {
			this.publishedVersion.superseded();
			next.published(null, reviewer, at);
			this.publishedVersion = next;
		}
		else {
			next.submitted(at);
		}
		return true;
	}

	/** Replaces the content of the open draft; the editor becomes one of its authors. */
	void edit(ArticleContent content, long editorId) {
		content.checkDraft();
		ArticleVersion draft = openVersion().filter((version) -> version.getState() == VersionState.DRAFT)
			.orElseThrow(() -> new RuleViolationException("state", "article.error.noDraft"));
		draft.take(content);
		draft.addAuthor(editorId);
	}

	/** Starts a new draft from the latest version (published, retired or superseded). */
	ArticleVersion startDraft(long editorId) {
		if (openVersion().isPresent()) {
			throw new RuleViolationException("state", "article.error.alreadyOpen");
		}
		ArticleVersion next = new ArticleVersion(this, latest().getNumber() + 1, Origin.EDITOR, latest().content());
		next.addAuthor(editorId);
		this.versions.add(next);
		return next;
	}

	/** Sends the draft for review; it must be complete in both languages. */
	void submit(Instant at) {
		ArticleVersion draft = openIn(VersionState.DRAFT, "article.error.noDraft");
		draft.content().checkComplete();
		draft.submitted(at);
	}

	/** Sends the version in review back to its authors, with a note. */
	void returnToDraft(String note) {
		String reason = (note != null) ? note.strip() : "";
		if (reason.length() > 1000) {
			throw new InvalidInputException("note", "article.error.tooLong", 1000);
		}
		openIn(VersionState.IN_REVIEW, "article.error.notInReview").returned(reason.isEmpty() ? null : reason);
	}

	/**
	 * Publishes the version in review. The reviewer must not have written any part of it.
	 */
	void publish(long reviewerId, String reviewerName, Instant at) {
		ArticleVersion review = openIn(VersionState.IN_REVIEW, "article.error.notInReview");
		if (review.isAuthor(reviewerId)) {
			throw new RuleViolationException("state", "article.error.selfReview");
		}
		review.content().checkComplete();
		if (this.publishedVersion != null) {
			this.publishedVersion.superseded();
		}
		review.published(reviewerId, reviewerName, at);
		this.publishedVersion = review;
	}

	/** Withdraws the article from residents; its versions stay. */
	void retire(String reason) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new InvalidInputException("reason", "article.error.reason.required");
		}
		if (why.length() > 1000) {
			throw new InvalidInputException("reason", "article.error.tooLong", 1000);
		}
		if (this.publishedVersion == null) {
			throw new RuleViolationException("state", "article.error.notPublished");
		}
		this.publishedVersion.retired(why);
		this.publishedVersion = null;
	}

	private ArticleVersion openIn(VersionState state, String messageCode) {
		return openVersion().filter((version) -> version.getState() == state)
			.orElseThrow(() -> new RuleViolationException("state", messageCode));
	}

	private static String checkedSlug(String slug) {
		String value = (slug != null) ? slug.strip() : "";
		if (value.length() < 3 || value.length() > 80 || !SLUG.matcher(value).matches()) {
			throw new InvalidInputException("slug", "article.error.slug");
		}
		return value;
	}

	public Optional<ArticleVersion> openVersion() {
		return this.versions.stream().filter((version) -> version.getState().isOpen()).findFirst();
	}

	/** The version with the highest number. */
	public ArticleVersion latest() {
		return this.versions.stream().max(Comparator.comparingInt(ArticleVersion::getNumber)).orElseThrow();
	}

	public Optional<ArticleVersion> version(int number) {
		return this.versions.stream().filter((version) -> version.getNumber() == number).findFirst();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public Long getOfficeId() {
		return this.officeId;
	}

	public boolean isNational() {
		return this.officeId == null;
	}

	public Optional<ArticleVersion> published() {
		return Optional.ofNullable(this.publishedVersion);
	}

	public List<ArticleVersion> getVersions() {
		return List.copyOf(this.versions);
	}

	public Integer getStarterRevision() {
		return this.starterRevision;
	}

}
