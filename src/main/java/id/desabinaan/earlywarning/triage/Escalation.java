package id.desabinaan.earlywarning.triage;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.earlywarning.ReportState;

/**
 * A report that stayed in a state past its service clock, put before the head of its
 * office: once per report and stay in a state.
 */
@Entity
@Table(name = "report_escalation")
public class Escalation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reportId;

	private long officeId;

	@Enumerated(EnumType.STRING)
	private ReportState state;

	private LocalDate stateEnteredOn;

	private int overdueDays;

	private LocalDate escalatedOn;

	private Instant escalatedAt;

	protected Escalation() {
	}

	Escalation(long reportId, long officeId, ReportState state, LocalDate stateEnteredOn, int overdueDays,
			LocalDate escalatedOn, Instant escalatedAt) {
		this.reportId = reportId;
		this.officeId = officeId;
		this.state = state;
		this.stateEnteredOn = stateEnteredOn;
		this.overdueDays = overdueDays;
		this.escalatedOn = escalatedOn;
		this.escalatedAt = escalatedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getReportId() {
		return this.reportId;
	}

	public long getOfficeId() {
		return this.officeId;
	}

	public ReportState getState() {
		return this.state;
	}

	public LocalDate getStateEnteredOn() {
		return this.stateEnteredOn;
	}

	public int getOverdueDays() {
		return this.overdueDays;
	}

	public LocalDate getEscalatedOn() {
		return this.escalatedOn;
	}

	public Instant getEscalatedAt() {
		return this.escalatedAt;
	}

}
