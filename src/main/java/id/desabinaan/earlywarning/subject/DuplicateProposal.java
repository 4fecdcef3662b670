package id.desabinaan.earlywarning.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.desabinaan.shared.RuleViolationException;

/**
 * Two reports that look like one matter, proposed for merging; {@code reportA} is the
 * earlier. Decided once: merged (keeping one of the two) or rejected.
 */
@Entity
@Table(name = "report_duplicate")
public class DuplicateProposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "report_a")
	private long reportA;

	@Column(name = "report_b")
	private long reportB;

	private long officeId;

	private int score;

	private String reasons;

	@Enumerated(EnumType.STRING)
	private DuplicateStatus status;

	private LocalDate proposedOn;

	private String createdBy;

	private Long keptReport;

	private String decisionNote;

	private String decidedBy;

	private Instant decidedAt;

	protected DuplicateProposal() {
	}

	DuplicateProposal(long first, long second, long officeId, int score, List<String> reasons, LocalDate proposedOn,
			String createdBy) {
		this.reportA = Math.min(first, second);
		this.reportB = Math.max(first, second);
		this.officeId = officeId;
		this.score = score;
		this.reasons = String.join(",", reasons);
		this.status = DuplicateStatus.PROPOSED;
		this.proposedOn = proposedOn;
		this.createdBy = createdBy;
	}

	void merged(long kept, String by, Instant at, String note) {
		decide(DuplicateStatus.MERGED, by, at, note);
		this.keptReport = kept;
	}

	void rejected(String by, Instant at, String note) {
		decide(DuplicateStatus.REJECTED, by, at, note);
	}

	private void decide(DuplicateStatus outcome, String by, Instant at, String note) {
		if (this.status != DuplicateStatus.PROPOSED) {
			throw new RuleViolationException("proposal", "ewsubject.duplicate.decided");
		}
		this.status = outcome;
		this.decidedBy = by;
		this.decidedAt = at;
		this.decisionNote = note;
	}

	/** The other report of the pair. */
	public long other(long reportId) {
		return (reportId == this.reportA) ? this.reportB : this.reportA;
	}

	public boolean concerns(long reportId) {
		return reportId == this.reportA || reportId == this.reportB;
	}

	/**
	 * Why the pair was proposed: {@code SUBJECT:<id>} per shared subject and
	 * {@code DESCRIPTION:<percent>} for alike descriptions.
	 */
	public List<String> reasonList() {
		return this.reasons.isEmpty() ? List.of() : Arrays.asList(this.reasons.split(","));
	}

	public Long getId() {
		return this.id;
	}

	public long getReportA() {
		return this.reportA;
	}

	public long getReportB() {
		return this.reportB;
	}

	public long getOfficeId() {
		return this.officeId;
	}

	public int getScore() {
		return this.score;
	}

	public DuplicateStatus getStatus() {
		return this.status;
	}

	public LocalDate getProposedOn() {
		return this.proposedOn;
	}

	public Long getKeptReport() {
		return this.keptReport;
	}

	public String getDecisionNote() {
		return this.decisionNote;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
