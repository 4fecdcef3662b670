package id.desabinaan.knowledge.jobcheck;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.RuleViolationException;

/**
 * A resident's request to be called back after the job-offer check, holding only what he
 * agreed to share. Marking it done erases his name and phone number.
 */
@Entity
@Table(name = "jobcheck_callback")
public class CallbackRequest extends AuditedEntity {

	/** The version of the consent text the resident agreed to. */
	static final String CONSENT_VERSION = "2026-11";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long officeId;

	private String villageCode;

	private String name;

	private String phone;

	private Instant consentedAt;

	private String consentVersion;

	private boolean sharesAnswers;

	private boolean sharesResult;

	private String answers;

	@Enumerated(EnumType.STRING)
	private WarningRiskLevel riskLevel;

	private String signCodes;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant doneAt;

	private String doneBy;

	protected CallbackRequest() {
	}

	CallbackRequest(long officeId, String villageCode, String name, String phone, Instant consentedAt) {
		this.officeId = officeId;
		this.villageCode = villageCode;
		this.name = name;
		this.phone = phone;
		this.consentedAt = consentedAt;
		this.consentVersion = CONSENT_VERSION;
		this.status = Status.NEW;
	}

	/** Adds the answers to the check (he agreed to share them). */
	void shareAnswers(String answersQuery) {
		this.sharesAnswers = true;
		this.answers = answersQuery;
	}

	/** Adds the result of the check (he agreed to share it). */
	void shareResult(WarningRiskLevel level, String codes) {
		this.sharesResult = true;
		this.riskLevel = level;
		this.signCodes = codes;
	}

	/** The office has called back: the name and phone number are erased. */
	void done(String user, Instant now) {
		if (this.status == Status.DONE) {
			throw new RuleViolationException(null, "jobcheck.callback.alreadyDone");
		}
		this.status = Status.DONE;
		this.doneAt = now;
		this.doneBy = user;
		this.name = null;
		this.phone = null;
	}

	public Long getId() {
		return this.id;
	}

	public long getOfficeId() {
		return this.officeId;
	}

	public String getVillageCode() {
		return this.villageCode;
	}

	public String getName() {
		return this.name;
	}

	public String getPhone() {
		return this.phone;
	}

	public boolean isSharesAnswers() {
		return this.sharesAnswers;
	}

	public boolean isSharesResult() {
		return this.sharesResult;
	}

	public String getAnswers() {
		return this.answers;
	}

	public WarningRiskLevel getRiskLevel() {
		return this.riskLevel;
	}

	public String getSignCodes() {
		return this.signCodes;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getDoneAt() {
		return this.doneAt;
	}

	public String getDoneBy() {
		return this.doneBy;
	}

	/** Where a call-back request stands. */
	public enum Status {

		/** Waiting for the office to call. */
		NEW,
		/** Called back; name and phone erased. */
		DONE

	}

}
