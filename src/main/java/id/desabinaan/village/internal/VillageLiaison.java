package id.desabinaan.village.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * A person of a partner village the office works with, for a term. A term ends (with a
 * date and a reason); liaisons are never deleted. The phone number is stored in
 * {@code +62} form.
 */
@Entity
@Table(name = "village_liaison")
public class VillageLiaison extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long partnerVillageId;

	@Enumerated(EnumType.STRING)
	private LiaisonRole role;

	private String name;

	private String phone;

	private LocalDate termFrom;

	private LocalDate termUntil;

	private String endReason;

	private Long accountId;

	protected VillageLiaison() {
	}

	static VillageLiaison of(long partnerVillageId, LiaisonRole role, String name, String phone, LocalDate from,
			LocalDate until) {
		if (role == null) {
			throw new InvalidInputException("role", "village.error.required");
		}
		String person = (name == null) ? "" : name.strip();
		if (person.isEmpty()) {
			throw new InvalidInputException("name", "village.error.required");
		}
		if (person.length() > 120) {
			throw new InvalidInputException("name", "village.error.tooLong", 120);
		}
		if (from == null) {
			throw new InvalidInputException("termFrom", "village.error.required");
		}
		if (until != null && until.isBefore(from)) {
			throw new InvalidInputException("termUntil", "village.liaison.error.untilBeforeFrom");
		}
		VillageLiaison liaison = new VillageLiaison();
		liaison.partnerVillageId = partnerVillageId;
		liaison.role = role;
		liaison.name = person;
		liaison.phone = IndonesianPhone.required("phone", phone);
		liaison.termFrom = from;
		liaison.termUntil = until;
		return liaison;
	}

	/** Whether the term runs on that date. */
	public boolean inTermOn(LocalDate date) {
		return !this.termFrom.isAfter(date) && (this.termUntil == null || !date.isAfter(this.termUntil));
	}

	/** Ends the term early or on time; {@code lastDay} is its last day. */
	void endTerm(LocalDate lastDay, String reason) {
		if (this.endReason != null) {
			throw new RuleViolationException("date", "village.liaison.error.ended");
		}
		if (lastDay == null) {
			throw new InvalidInputException("date", "village.error.required");
		}
		if (lastDay.isBefore(this.termFrom)) {
			throw new InvalidInputException("date", "village.liaison.error.untilBeforeFrom");
		}
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new InvalidInputException("reason", "village.error.required");
		}
		if (why.length() > 300) {
			throw new InvalidInputException("reason", "village.error.tooLong", 300);
		}
		this.termUntil = lastDay;
		this.endReason = why;
	}

	void linkAccount(long accountId) {
		if (this.accountId != null) {
			throw new RuleViolationException("username", "village.liaison.error.hasAccount");
		}
		this.accountId = accountId;
	}

	public Long getId() {
		return this.id;
	}

	public long getPartnerVillageId() {
		return this.partnerVillageId;
	}

	public LiaisonRole getRole() {
		return this.role;
	}

	public String getName() {
		return this.name;
	}

	public String getPhone() {
		return this.phone;
	}

	public LocalDate getTermFrom() {
		return this.termFrom;
	}

	public LocalDate getTermUntil() {
		return this.termUntil;
	}

	public String getEndReason() {
		return this.endReason;
	}

	public Long getAccountId() {
		return this.accountId;
	}

}
