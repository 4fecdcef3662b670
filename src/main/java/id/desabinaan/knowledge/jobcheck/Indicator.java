package id.desabinaan.knowledge.jobcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * A warning sign (indicator) with every version of its texts and weight. At most one
 * version is open (draft or in review) at a time; published versions are kept for ever.
 */
@Entity
@Table(name = "warning_sign")
public class Indicator extends AuditedEntity {

	/** Upper-case letters, digits and underscores, e.g. {@code NON_WORK_VISA}. */
	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,39}");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private int position;

	@OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<IndicatorVersion> versions = new ArrayList<>();

	protected Indicator() {
	}

	/** A new sign with a first draft by its author. */
	Indicator(String code, int position, String author, SignContent content) {
		this(code, position);
		draft(author, content);
	}

	private Indicator(String code, int position) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new InvalidInputException("code", "jobcheck.sign.code.invalid");
		}
		this.code = code;
		this.position = position;
	}

	/** A sign shipped in a data file: published as version 1. */
	static Indicator imported(String code, int position, SignContent content, String file, Instant now) {
		Indicator indicator = new Indicator(code, position);
		indicator.versions.add(IndicatorVersion.imported(indicator, content, file, now));
		return indicator;
	}

	/** The version in force on the date, if any. */
	Optional<IndicatorVersion> inForce(LocalDate date) {
		return ReviewedVersion.inForce(this.versions, date);
	}

	/** Published versions that apply only from a later date than the one given. */
	List<IndicatorVersion> upcoming(LocalDate date) {
		return this.versions.stream()
			.filter((version) -> version.getStatus() == ReviewStatus.PUBLISHED && version.getValidFrom().isAfter(date))
			.sorted(Comparator.comparing(IndicatorVersion::getValidFrom))
			.toList();
	}

	/** The draft or version in review, if any. */
	Optional<IndicatorVersion> open() {
		return this.versions.stream().filter(IndicatorVersion::isOpen).findFirst();
	}

	/**
	 * Writes the open draft, or starts one (numbered after the last version) when none is
	 * open. A version in review must be returned before it can be changed.
	 */
	IndicatorVersion draft(String user, SignContent content) {
		IndicatorVersion draft = open().orElseGet(() -> {
			IndicatorVersion next = new IndicatorVersion(this, this.versions.size() + 1, user);
			this.versions.add(next);
			return next;
		});
		draft.write(user, content);
		return draft;
	}

	void submit(String user, Instant now) {
		openVersion().submit(user, now);
	}

	void publish(String user, Instant now, LocalDate today) {
		openVersion().publish(user, now, today);
	}

	void returnToAuthor(String user, String note) {
		openVersion().returnToAuthor(user, note);
	}

	/**
	 * Throws the draft away (its author only). The first draft of a sign that was never
	 * published cannot be discarded: the sign would be left without any version.
	 */
	void discard(String user) {
		IndicatorVersion draft = openVersion();
		draft.requireDraftOf(user);
		if (this.versions.size() == 1) {
			throw new RuleViolationException(null, "jobcheck.review.onlyVersion");
		}
		this.versions.remove(draft);
	}

	private IndicatorVersion openVersion() {
		return open().orElseThrow(() -> new RuleViolationException(null, "jobcheck.review.nothingOpen"));
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public int getPosition() {
		return this.position;
	}

	public List<IndicatorVersion> getVersions() {
		return List.copyOf(this.versions);
	}

}
