package id.desabinaan.knowledge.regulation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * One dated version of an item of regulated data (a fee component, a requirement, a visa
 * facilitation, a placement ban). It applies from {@link #getValidFrom()} until a later
 * version of the same item starts, or until {@link #getValidUntil()} when that is set.
 * Versions are never deleted: one that has not started yet can be withdrawn.
 */
@MappedSuperclass
public abstract class RegulatedVersion extends AuditedEntity {

	private static final String ACTIVE = "Y";

	static final int SOURCE_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate validFrom;

	private LocalDate validUntil;

	private String sourceReference;

	private String activeMarker;

	private Instant withdrawnAt;

	private String withdrawnBy;

	protected RegulatedVersion() {
	}

	protected RegulatedVersion(LocalDate validFrom, LocalDate validUntil, String sourceReference) {
		if (validFrom == null) {
			throw new InvalidInputException("validFrom", "knowledge.error.validFrom.required");
		}
		if (validUntil != null && validUntil.isBefore(validFrom)) {
			throw new InvalidInputException("validUntil", "knowledge.error.validUntil.beforeFrom");
		}
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.sourceReference = Texts.required("source", sourceReference, SOURCE_MAX);
		this.activeMarker = ACTIVE;
	}

	/**
	 * The item this is a version of: versions with the same key replace each other.
	 */
	public abstract String itemKey();

	/** A short description of the content, for the audit log (no personal data). */
	abstract String describe();

	public Long getId() {
		return this.id;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public String getSourceReference() {
		return this.sourceReference;
	}

	public boolean isWithdrawn() {
		return this.withdrawnAt != null;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public String getWithdrawnBy() {
		return this.withdrawnBy;
	}

	/** Whether this version has not started on {@code today}. */
	public boolean isFutureOn(LocalDate today) {
		return this.validFrom.isAfter(today);
	}

	/**
	 * Withdraws a version that has not started yet: residents have never seen it, so it
	 * is as if it had not been added (it stays in the table for the record).
	 */
	void withdraw(String by, Instant at, LocalDate today) {
		if (isWithdrawn()) {
			throw new RuleViolationException("id", "knowledge.error.withdraw.already");
		}
		if (!isFutureOn(today)) {
			throw new RuleViolationException("id", "knowledge.error.withdraw.started", this.validFrom);
		}
		this.withdrawnAt = at;
		this.withdrawnBy = by;
		this.activeMarker = null;
	}

	/**
	 * Sets the last day this version applies. The end cannot lie before yesterday (what
	 * residents were shown is not rewritten) nor before the version's start.
	 */
	void endOn(LocalDate lastDay, LocalDate today) {
		if (isWithdrawn()) {
			throw new RuleViolationException("validUntil", "knowledge.error.end.withdrawn");
		}
		if (lastDay == null) {
			throw new InvalidInputException("validUntil", "knowledge.error.validUntil.required");
		}
		if (lastDay.isBefore(this.validFrom)) {
			throw new InvalidInputException("validUntil", "knowledge.error.validUntil.beforeFrom");
		}
		if (lastDay.isBefore(today.minusDays(1))) {
			throw new InvalidInputException("validUntil", "knowledge.error.validUntil.past", today.minusDays(1));
		}
		this.validUntil = lastDay;
	}

}
