package id.desabinaan.knowledge.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import id.desabinaan.knowledge.ArticleDirectory.Source;
import id.desabinaan.shared.AuditedEntity;

/**
 * One numbered version of an article: its content in both languages, its metadata and
 * where it stands in the workflow. Changed only through its {@link Article}; a version
 * that was published never changes again.
 */
@Entity
@Table(name = "article_version")
public class ArticleVersion extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	private int number;

	@Enumerated(EnumType.STRING)
	private VersionState state;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	@Enumerated(EnumType.STRING)
	private Topic topic;

	private String titleId;

	private String summaryId;

	@Column(length = ArticleContent.MAX_BODY)
	private String bodyId;

	private String titleEn;

	private String summaryEn;

	@Column(length = ArticleContent.MAX_BODY)
	private String bodyEn;

	private LocalDate validFrom;

	private LocalDate lastChecked;

	private Instant submittedAt;

	private Long reviewerId;

	private String reviewerName;

	private Instant reviewedAt;

	private Instant publishedAt;

	private String note;

	@ElementCollection
	@CollectionTable(name = "article_version_audience", joinColumns = @JoinColumn(name = "article_version_id"))
	@Column(name = "audience")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 50)
	private Set<Audience> audiences = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "article_version_source", joinColumns = @JoinColumn(name = "article_version_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<SourceReference> sources = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_version_author", joinColumns = @JoinColumn(name = "article_version_id"))
	@Column(name = "account_id")
	@BatchSize(size = 50)
	private Set<Long> authors = new HashSet<>();

	protected ArticleVersion() {
	}

	ArticleVersion(Article article, int number, Origin origin, ArticleContent content) {
		this.article = article;
		this.number = number;
		this.origin = origin;
		this.state = VersionState.DRAFT;
		take(content);
	}

	/** Replaces the content (only while a draft). */
	void take(ArticleContent content) {
		this.topic = content.topic();
		this.audiences = new TreeSet<>(content.audiences().isEmpty() ? Set.of() : EnumSet.copyOf(content.audiences()));
		this.sources = new ArrayList<>(
				content.sources().stream().map((source) -> new SourceReference(source.title(), source.url())).toList());
		this.validFrom = content.validFrom();
		this.lastChecked = content.lastChecked();
		this.titleId = content.titleId();
		this.summaryId = content.summaryId();
		this.bodyId = content.bodyId();
		this.titleEn = content.titleEn();
		this.summaryEn = content.summaryEn();
		this.bodyEn = content.bodyEn();
	}

	/** The content as an editor gives it back (to copy into a new draft or compare). */
	public ArticleContent content() {
		return new ArticleContent(this.topic, Set.copyOf(this.audiences),
				this.sources.stream().map((source) -> new Source(source.getTitle(), source.getUrl())).toList(),
				this.validFrom, this.lastChecked, this.titleId, this.summaryId, this.bodyId, this.titleEn,
				this.summaryEn, this.bodyEn);
	}

	void addAuthor(long accountId) {
		this.authors.add(accountId);
	}

	void submitted(Instant at) {
		this.state = VersionState.IN_REVIEW;
		this.submittedAt = at;
		this.note = null;
	}

	void returned(String note) {
		this.state = VersionState.DRAFT;
		this.submittedAt = null;
		this.note = note;
	}

	void published(Long reviewerId, String reviewerName, Instant at) {
		this.state = VersionState.PUBLISHED;
		this.reviewerId = reviewerId;
		this.reviewerName = reviewerName;
		this.reviewedAt = at;
		this.publishedAt = at;
	}

	void superseded() {
		this.state = VersionState.SUPERSEDED;
	}

	void retired(String reason) {
		this.state = VersionState.RETIRED;
		this.note = reason;
	}

	public Long getId() {
		return this.id;
	}

	public Article getArticle() {
		return this.article;
	}

	public int getNumber() {
		return this.number;
	}

	public VersionState getState() {
		return this.state;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public Set<Audience> getAudiences() {
		return Set.copyOf(this.audiences);
	}

	public List<SourceReference> getSources() {
		return List.copyOf(this.sources);
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getLastChecked() {
		return this.lastChecked;
	}

	public String title(String language) {
		return "en".equals(language) ? this.titleEn : this.titleId;
	}

	public String summary(String language) {
		return "en".equals(language) ? this.summaryEn : this.summaryId;
	}

	public String body(String language) {
		return "en".equals(language) ? this.bodyEn : this.bodyId;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getReviewerName() {
		return this.reviewerName;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getNote() {
		return this.note;
	}

	/** Whether the account wrote any part of this version. */
	public boolean isAuthor(long accountId) {
		return this.authors.contains(accountId);
	}

}
