package id.desabinaan.earlywarning.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

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
 * A referral of a report to a partner agency: what was sent, when and to whom; later the
 * partner's answer (accepted, or declined with a reason) and the outcome.
 */
@Entity
@Table(name = "report_referral")
public class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long reportId;

	@Enumerated(EnumType.STRING)
	private PartnerKind partnerKind;

	private String partnerUnit;

	private String summary;

	private LocalDate sentOn;

	private Instant sentAt;

	private String sentBy;

	@Enumerated(EnumType.STRING)
	private PartnerAnswer answer;

	private String answerReason;

	private LocalDate answeredOn;

	private String answeredBy;

	private String outcome;

	private LocalDate outcomeOn;

	private String outcomeBy;

	protected Referral() {
	}

	Referral(long reportId, PartnerKind partnerKind, String partnerUnit, String summary, LocalDate sentOn,
			Instant sentAt, String sentBy) {
		this.reportId = reportId;
		this.partnerKind = Objects.requireNonNull(partnerKind, "partnerKind");
		this.partnerUnit = Objects.requireNonNull(partnerUnit, "partnerUnit");
		this.summary = Objects.requireNonNull(summary, "summary");
		this.sentOn = sentOn;
		this.sentAt = sentAt;
		this.sentBy = sentBy;
	}

	/** Records the partner's answer, once. */
	void answer(PartnerAnswer answer, String reason, LocalDate on, String by) {
		if (this.answer != null) {
			throw new RuleViolationException("answer", "ewtriage.referral.alreadyAnswered");
		}
		this.answer = Objects.requireNonNull(answer, "answer");
		this.answerReason = reason;
		this.answeredOn = on;
		this.answeredBy = by;
	}

	/** Records what came of an accepted referral, once. */
	void outcome(String outcome, LocalDate on, String by) {
		if (this.answer != PartnerAnswer.ACCEPTED) {
			throw new RuleViolationException("outcome", "ewtriage.referral.notAccepted");
		}
		if (this.outcome != null) {
			throw new RuleViolationException("outcome", "ewtriage.referral.outcomeRecorded");
		}
		this.outcome = outcome;
		this.outcomeOn = on;
		this.outcomeBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getReportId() {
		return this.reportId;
	}

	public PartnerKind getPartnerKind() {
		return this.partnerKind;
	}

	public String getPartnerUnit() {
		return this.partnerUnit;
	}

	public String getSummary() {
		return this.summary;
	}

	public LocalDate getSentOn() {
		return this.sentOn;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public String getSentBy() {
		return this.sentBy;
	}

	public PartnerAnswer getAnswer() {
		return this.answer;
	}

	public String getAnswerReason() {
		return this.answerReason;
	}

	public LocalDate getAnsweredOn() {
		return this.answeredOn;
	}

	public String getAnsweredBy() {
		return this.answeredBy;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public LocalDate getOutcomeOn() {
		return this.outcomeOn;
	}

	public String getOutcomeBy() {
		return this.outcomeBy;
	}

}
