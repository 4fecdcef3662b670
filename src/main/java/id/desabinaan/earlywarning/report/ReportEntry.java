package id.desabinaan.earlywarning.report;

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
 * One entry of a report's trail: who did what, when and why. Append-only (the database
 * refuses updates and deletes) and chained: {@link #getHash()} covers the entry's content
 * and the previous entry's hash. Written only through {@link ReportTrail}.
 */
@Entity
@Table(name = "report_entry")
public class ReportEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reportId;

	private int seq;

	private String kind;

	@Enumerated(EnumType.STRING)
	private ReportState fromState;

	@Enumerated(EnumType.STRING)
	private ReportState toState;

	private String actor;

	private String reason;

	private String detail;

	private LocalDate occurredOn;

	private Instant occurredAt;

	private String previousHash;

	private String hash;

	protected ReportEntry() {
	}

	ReportEntry(long reportId, int seq, String kind, ReportState fromState, ReportState toState, String actor,
			String reason, String detail, LocalDate occurredOn, Instant occurredAt, String previousHash) {
		this.reportId = reportId;
		this.seq = seq;
		this.kind = kind;
		this.fromState = fromState;
		this.toState = toState;
		this.actor = actor;
		this.reason = reason;
		this.detail = detail;
		this.occurredOn = occurredOn;
		this.occurredAt = occurredAt;
		this.previousHash = previousHash;
		this.hash = ReportTrail.hashOf(this);
	}

	public Long getId() {
		return this.id;
	}

	public long getReportId() {
		return this.reportId;
	}

	public int getSeq() {
		return this.seq;
	}

	public String getKind() {
		return this.kind;
	}

	public ReportState getFromState() {
		return this.fromState;
	}

	public ReportState getToState() {
		return this.toState;
	}

	public String getActor() {
		return this.actor;
	}

	public String getReason() {
		return this.reason;
	}

	public String getDetail() {
		return this.detail;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getPreviousHash() {
		return this.previousHash;
	}

	public String getHash() {
		return this.hash;
	}

}
