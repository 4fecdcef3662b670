package id.desabinaan.platform;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One line of the append-only security audit log: who did what to whom, when, and how it
 * ended.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String target;

	private String outcome;

	private Long officeId;

	private String detail;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, String target, Outcome outcome, Long officeId,
			String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.target = target;
		this.outcome = outcome.name();
		this.officeId = officeId;
		this.detail = detail;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getTarget() {
		return this.target;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public Long getOfficeId() {
		return this.officeId;
	}

	public String getDetail() {
		return this.detail;
	}

	/** How an audited action ended. */
	public enum Outcome {

		/** The action took place. */
		SUCCESS,
		/** The action was refused or failed. */
		FAILURE

	}

}
