package id.desabinaan.village.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.RuleViolationException;

/**
 * The head of a Kanim lets a staff member (OFFICE_STAFF or PIMPASA of the same office)
 * administer the programme on his behalf, from the grant until it is revoked. Revoked
 * delegations stay as history.
 */
@Entity
@Table(name = "programme_delegation")
public class ProgrammeDelegation extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long officeId;

	private long accountId;

	private Instant grantedAt;

	private String grantedBy;

	private Instant revokedAt;

	private String revokedBy;

	private String activeMarker;

	protected ProgrammeDelegation() {
	}

	static ProgrammeDelegation grant(long officeId, long accountId, String by, Instant at) {
		ProgrammeDelegation delegation = new ProgrammeDelegation();
		delegation.officeId = officeId;
		delegation.accountId = accountId;
		delegation.grantedAt = at;
		delegation.grantedBy = by;
		delegation.activeMarker = "Y";
		return delegation;
	}

	void revoke(String by, Instant at) {
		if (this.revokedAt != null) {
			throw new RuleViolationException("delegation", "village.delegation.error.revoked");
		}
		this.revokedAt = at;
		this.revokedBy = by;
		this.activeMarker = null;
	}

	public boolean isInForce() {
		return this.revokedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public long getOfficeId() {
		return this.officeId;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public Instant getGrantedAt() {
		return this.grantedAt;
	}

	public String getGrantedBy() {
		return this.grantedBy;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public String getRevokedBy() {
		return this.revokedBy;
	}

}
