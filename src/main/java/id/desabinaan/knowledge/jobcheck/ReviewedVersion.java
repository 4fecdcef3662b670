package id.desabinaan.knowledge.jobcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * One version of reviewed data and its review: the author drafts and submits it, another
 * editor publishes it (or returns it with a note). The guarded transitions throw on an
 * illegal move; published versions are frozen.
 */
@MappedSuperclass
public abstract class ReviewedVersion extends AuditedEntity {

	/** The author of versions imported from a shipped data file. */
	static final String IMPORT_AUTHOR = "import";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int number;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

	private LocalDate validFrom;

	private String source;

	private String author;

	private String reviewer;

	private Instant submittedAt;

	private Instant publishedAt;

	@Column(name = "review_note")
	private String reviewNote;

	private String importedFrom;

	protected ReviewedVersion() {
	}

	protected ReviewedVersion(int number, String author) {
		this.number = number;
		this.author = Objects.requireNonNull(author, "author");
		this.status = ReviewStatus.DRAFT;
	}

	/** Marks a version shipped in a data file (reviewed as code) as published. */
	protected void publishImported(String file, LocalDate validFrom, String source, Instant now) {
		this.author = IMPORT_AUTHOR;
		this.reviewer = IMPORT_AUTHOR + ":" + file;
		this.importedFrom = file;
		this.validFrom = validFrom;
		this.source = source;
		this.status = ReviewStatus.PUBLISHED;
		this.submittedAt = now;
		this.publishedAt = now;
	}

	/** Sets the dated part of the content; only the author, only while a draft. */
	protected void describe(String user, LocalDate validFrom, String source) {
		requireDraftOf(user);
		if (validFrom == null) {
			throw new InvalidInputException("validFrom", "jobcheck.review.validFrom.required");
		}
		if (source == null || source.isBlank()) {
			throw new InvalidInputException("source", "jobcheck.review.source.required");
		}
		this.validFrom = validFrom;
		this.source = source.strip();
	}

	void submit(String user, Instant now) {
		requireDraftOf(user);
		this.status = ReviewStatus.IN_REVIEW;
		this.submittedAt = now;
	}

	/**
	 * Publishes the version: the reviewer must not be its author, and it may not apply
	 * from a day already past (what residents saw on a past day never changes).
	 */
	void publish(String user, Instant now, LocalDate today) {
		requireInReviewByOther(user);
		if (this.validFrom.isBefore(today)) {
			throw new RuleViolationException("validFrom", "jobcheck.review.validFromPast", this.validFrom, today);
		}
		this.status = ReviewStatus.PUBLISHED;
		this.reviewer = user;
		this.publishedAt = now;
		this.reviewNote = null;
	}

	/** Sends the version back to its author with a note saying why. */
	void returnToAuthor(String user, String note) {
		requireInReviewByOther(user);
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("note", "jobcheck.review.note.required");
		}
		this.status = ReviewStatus.DRAFT;
		this.submittedAt = null;
		this.reviewNote = note.strip();
	}

	/** Whether the version is open (a draft or in review), i.e. not published. */
	boolean isOpen() {
		return this.status != ReviewStatus.PUBLISHED;
	}

	/** Whether the version is published and applies on the date. */
	boolean inForceOn(LocalDate date) {
		return this.status == ReviewStatus.PUBLISHED && !this.validFrom.isAfter(date);
	}

	/**
	 * The version in force on the date among versions of one kind of data: published,
	 * valid from that day or earlier, the latest valid-from date winning, then the higher
	 * number.
	 */
	static <V extends ReviewedVersion> Optional<V> inForce(Collection<V> versions, LocalDate date) {
		V best = null;
		for (V version : versions) {
			if (version.inForceOn(date) && (best == null || version.supersedes(best))) {
				best = version;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Whether this version takes precedence over another in force on the same day: the
	 * later valid-from date wins, then the higher number.
	 */
	boolean supersedes(ReviewedVersion other) {
		int byDate = this.validFrom.compareTo(other.validFrom);
		return (byDate != 0) ? byDate > 0 : this.number > other.number;
	}

	void requireDraftOf(String user) {
		if (this.status != ReviewStatus.DRAFT) {
			throw new RuleViolationException(null, "jobcheck.review.notDraft");
		}
		if (!this.author.equals(user)) {
			throw new RuleViolationException(null, "jobcheck.review.notAuthor", this.author);
		}
	}

	private void requireInReviewByOther(String user) {
		if (this.status != ReviewStatus.IN_REVIEW) {
			throw new RuleViolationException(null, "jobcheck.review.notInReview");
		}
		if (this.author.equals(user)) {
			throw new RuleViolationException(null, "jobcheck.review.ownWork");
		}
	}

	public Long getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public ReviewStatus getStatus() {
		return this.status;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public String getSource() {
		return this.source;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getReviewer() {
		return this.reviewer;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

	public String getImportedFrom() {
		return this.importedFrom;
	}

}
