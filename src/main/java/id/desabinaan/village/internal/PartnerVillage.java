package id.desabinaan.village.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.RuleViolationException;

import id.desabinaan.shared.AuditedEntity;

/**
 * One designation of a village as Desa Binaan Imigrasi by its serving Kanim, from the
 * proposal to its end. Guards its transitions: PROPOSED -> DESIGNATED -> SUSPENDED ->
 * DESIGNATED (resume) and any open state -> ENDED; every change is kept in the history.
 */
@Entity
@Table(name = "partner_village")
public class PartnerVillage extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String villageCode;

	private long officeId;

	@Enumerated(EnumType.STRING)
	private DesignationState state;

	private String openMarker;

	@ElementCollection
	@CollectionTable(name = "partner_village_criterion", joinColumns = @JoinColumn(name = "partner_village_id"))
	@Column(name = "criterion_code")
	private Set<String> criteria = new TreeSet<>();

	private String otherCriterion;

	private String note;

	private String decreeNumber;

	private LocalDate decreeDate;

	private String signingOfficial;

	private LocalDate ceremonyDate;

	private String ceremonyPlace;

	@ElementCollection
	@CollectionTable(name = "partner_village_guest", joinColumns = @JoinColumn(name = "partner_village_id"))
	@OrderColumn(name = "position")
	private List<Guest> guests = new ArrayList<>();

	private String closingReason;

	private LocalDate closingDate;

	private String verificationCode;

	@ElementCollection
	@CollectionTable(name = "partner_village_history", joinColumns = @JoinColumn(name = "partner_village_id"))
	@OrderColumn(name = "position")
	private List<StateChange> history = new ArrayList<>();

	protected PartnerVillage() {
	}

	/** A proposal of a village (a desa/kelurahan code) by its serving Kanim. */
	public static PartnerVillage propose(RegionCode village, long officeId, Collection<String> criteria,
			String otherCriterion, String note, String actor, Instant at) {
		if (village.depth() != 4) {
			throw new InvalidInputException("village", "village.error.notVillage", village.value());
		}
		if (criteria == null || criteria.isEmpty()) {
			throw new InvalidInputException("criteria", "village.error.criteria.required");
		}
		String other = trim(otherCriterion);
		if (criteria.contains(SelectionCriterion.OTHER) && other == null) {
			throw new InvalidInputException("otherCriterion", "village.error.other.required");
		}
		PartnerVillage designation = new PartnerVillage();
		designation.villageCode = village.value();
		designation.officeId = officeId;
		designation.criteria = new TreeSet<>(criteria);
		designation.otherCriterion = criteria.contains(SelectionCriterion.OTHER) ? limit("otherCriterion", other, 300)
				: null;
		designation.note = limit("note", trim(note), 1000);
		designation.verificationCode = VerificationCodes.next();
		designation.move(null, DesignationState.PROPOSED, actor, at, null);
		return designation;
	}

	/** Records the decree and the ceremony: the certificate becomes valid. */
	public void designate(Decree decree, String actor, Instant at) {
		require(DesignationState.PROPOSED, "village.error.designate.notProposed");
		this.decreeNumber = required("decreeNumber", decree.number(), 100);
		if (decree.date() == null) {
			throw new InvalidInputException("decreeDate", "village.error.required");
		}
		this.decreeDate = decree.date();
		this.signingOfficial = required("signingOfficial", decree.signingOfficial(), 200);
		this.ceremonyDate = decree.ceremonyDate();
		this.ceremonyPlace = limit("ceremonyPlace", trim(decree.ceremonyPlace()), 300);
		this.guests = new ArrayList<>();
		for (Guest guest : (decree.guests() != null) ? decree.guests() : List.<Guest>of()) {
			this.guests.add(new Guest(required("guests", guest.getName(), 200),
					limit("guests", trim(guest.getInstitution()), 200)));
		}
		move(this.state, DesignationState.DESIGNATED, actor, at, null);
	}

	/** Pauses a designation with a reason and a date. */
	public void suspend(String reason, LocalDate date, String actor, Instant at) {
		require(DesignationState.DESIGNATED, "village.error.suspend.notDesignated");
		close(reason, date);
		move(this.state, DesignationState.SUSPENDED, actor, at, this.closingReason);
	}

	/** Lifts a suspension. */
	public void resume(String reason, String actor, Instant at) {
		require(DesignationState.SUSPENDED, "village.error.resume.notSuspended");
		String why = limit("reason", trim(reason), 500);
		this.closingReason = null;
		this.closingDate = null;
		move(this.state, DesignationState.DESIGNATED, actor, at, why);
	}

	/** Ends a designation (or withdraws a proposal) for good. */
	public void end(String reason, LocalDate date, String actor, Instant at) {
		if (this.state == DesignationState.ENDED) {
			throw new RuleViolationException("state", "village.error.end.alreadyEnded");
		}
		close(reason, date);
		move(this.state, DesignationState.ENDED, actor, at, this.closingReason);
	}

	private void close(String reason, LocalDate date) {
		String why = required("reason", reason, 500);
		if (date == null) {
			throw new InvalidInputException("date", "village.error.required");
		}
		this.closingReason = why;
		this.closingDate = date;
	}

	private void require(DesignationState expected, String code) {
		if (this.state != expected) {
			throw new RuleViolationException("state", code, this.state.name());
		}
	}

	private void move(DesignationState from, DesignationState to, String actor, Instant at, String reason) {
		this.state = to;
		this.openMarker = (to == DesignationState.ENDED) ? null : "Y";
		this.history.add(new StateChange(at, (actor != null) ? actor : "system", from, to, reason));
	}

	private static String required(String field, String value, int max) {
		String text = trim(value);
		if (text == null) {
			throw new InvalidInputException(field, "village.error.required");
		}
		return limit(field, text, max);
	}

	private static String limit(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidInputException(field, "village.error.tooLong", max);
		}
		return value;
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getVillageCode() {
		return this.villageCode;
	}

	public long getOfficeId() {
		return this.officeId;
	}

	public DesignationState getState() {
		return this.state;
	}

	public Set<String> getCriteria() {
		return Set.copyOf(this.criteria);
	}

	public String getOtherCriterion() {
		return this.otherCriterion;
	}

	public String getNote() {
		return this.note;
	}

	public String getDecreeNumber() {
		return this.decreeNumber;
	}

	public LocalDate getDecreeDate() {
		return this.decreeDate;
	}

	public String getSigningOfficial() {
		return this.signingOfficial;
	}

	public LocalDate getCeremonyDate() {
		return this.ceremonyDate;
	}

	public String getCeremonyPlace() {
		return this.ceremonyPlace;
	}

	public List<Guest> getGuests() {
		return List.copyOf(this.guests);
	}

	public String getClosingReason() {
		return this.closingReason;
	}

	public LocalDate getClosingDate() {
		return this.closingDate;
	}

	public String getVerificationCode() {
		return this.verificationCode;
	}

	public List<StateChange> getHistory() {
		return List.copyOf(this.history);
	}

	/**
	 * What the decree and the ceremony record.
	 *
	 * @param number SK number
	 * @param date SK date
	 * @param signingOfficial who signed the SK
	 * @param ceremonyDate date of the ceremony, optional
	 * @param ceremonyPlace place of the ceremony, optional
	 * @param guests guests of the ceremony
	 */
	public record Decree(String number, LocalDate date, String signingOfficial, LocalDate ceremonyDate,
			String ceremonyPlace, List<Guest> guests) {
	}

	/** A guest of the ceremony. */
	@Embeddable
	public static class Guest {

		private String name;

		private String institution;

		protected Guest() {
		}

		public Guest(String name, String institution) {
			this.name = name;
			this.institution = institution;
		}

		public String getName() {
			return this.name;
		}

		public String getInstitution() {
			return this.institution;
		}

	}

	/** One entry of the history. */
	@Embeddable
	public static class StateChange {

		private Instant changedAt;

		private String changedBy;

		@Enumerated(EnumType.STRING)
		private DesignationState fromState;

		@Enumerated(EnumType.STRING)
		private DesignationState toState;

		private String reason;

		protected StateChange() {
		}

		StateChange(Instant changedAt, String changedBy, DesignationState fromState, DesignationState toState,
				String reason) {
			this.changedAt = changedAt;
			this.changedBy = changedBy;
			this.fromState = fromState;
			this.toState = toState;
			this.reason = reason;
		}

		public Instant getChangedAt() {
			return this.changedAt;
		}

		public String getChangedBy() {
			return this.changedBy;
		}

		public DesignationState getFromState() {
			return this.fromState;
		}

		public DesignationState getToState() {
			return this.toState;
		}

		public String getReason() {
			return this.reason;
		}

	}

}
