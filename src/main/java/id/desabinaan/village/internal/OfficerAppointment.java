package id.desabinaan.village.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The appointment of one officer (PIMPASA) to one partner village by decree, from a start
 * date until an end date (the last day in force, open while {@code null}). Appointments
 * end, they are never deleted, so the history of who mentored a village stays.
 */
@Entity
@Table(name = "officer_appointment")
public class OfficerAppointment extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long partnerVillageId;

	private long officeId;

	private long accountId;

	private String decreeNumber;

	private LocalDate decreeDate;

	private LocalDate startDate;

	private LocalDate endDate;

	private String endReason;

	private String publicContact;

	private Long predecessorId;

	protected OfficerAppointment() {
	}

	/**
	 * A new appointment.
	 * @param contact the public contact channel, already checked, or {@code null}
	 * @param predecessorId the appointment this one takes over in a rotation, or
	 * {@code null}
	 */
	static OfficerAppointment of(long partnerVillageId, long officeId, long accountId, AppointmentDecree decree,
			LocalDate start, String contact, Long predecessorId) {
		if (start == null) {
			throw new InvalidInputException("startDate", "village.error.required");
		}
		OfficerAppointment appointment = new OfficerAppointment();
		appointment.partnerVillageId = partnerVillageId;
		appointment.officeId = officeId;
		appointment.accountId = accountId;
		appointment.decreeNumber = decree.number();
		appointment.decreeDate = decree.date();
		appointment.startDate = start;
		appointment.publicContact = contact;
		appointment.predecessorId = predecessorId;
		return appointment;
	}

	/** Whether the appointment is in force on that date. */
	public boolean inForceOn(LocalDate date) {
		return !this.startDate.isAfter(date) && (this.endDate == null || !date.isAfter(this.endDate));
	}

	/** Whether the appointment is in force on any day from {@code from} on. */
	boolean inForceFrom(LocalDate from) {
		return this.endDate == null || !this.endDate.isBefore(from);
	}

	/** Ends the appointment; {@code lastDay} is the last day in force. */
	void end(LocalDate lastDay, String reason) {
		if (this.endDate != null) {
			throw new RuleViolationException("date", "village.appointment.error.alreadyEnded");
		}
		if (lastDay == null) {
			throw new InvalidInputException("date", "village.error.required");
		}
		if (lastDay.isBefore(this.startDate)) {
			throw new InvalidInputException("date", "village.appointment.error.endBeforeStart", this.startDate);
		}
		if (reason != null && reason.length() > 300) {
			throw new InvalidInputException("reason", "village.error.tooLong", 300);
		}
		this.endDate = lastDay;
		this.endReason = reason;
	}

	public Long getId() {
		return this.id;
	}

	public long getPartnerVillageId() {
		return this.partnerVillageId;
	}

	public long getOfficeId() {
		return this.officeId;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getDecreeNumber() {
		return this.decreeNumber;
	}

	public LocalDate getDecreeDate() {
		return this.decreeDate;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public String getEndReason() {
		return this.endReason;
	}

	public String getPublicContact() {
		return this.publicContact;
	}

	public Long getPredecessorId() {
		return this.predecessorId;
	}

}
