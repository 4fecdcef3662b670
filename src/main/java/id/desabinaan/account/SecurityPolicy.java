package id.desabinaan.account;

import java.time.Instant;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import id.desabinaan.shared.Role;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Security settings of one role, set by SYSTEM_ADMIN: whether its accounts must use a
 * TOTP second factor.
 */
@Entity
@Table(name = "account_security_policy")
@EntityListeners(AuditingEntityListener.class)
class SecurityPolicy {

	@Id
	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean totpRequired;

	@Version
	private long version;

	@CreatedDate
	private Instant createdAt;

	@CreatedBy
	private String createdBy;

	@LastModifiedDate
	private Instant changedAt;

	@LastModifiedBy
	private String changedBy;

	protected SecurityPolicy() {
	}

	Role role() {
		return this.role;
	}

	boolean isTotpRequired() {
		return this.totpRequired;
	}

	/** Only staff roles can be made to use TOTP; village officials cannot enrol. */
	void requireTotp(boolean required) {
		if (required && !this.role.isStaff()) {
			throw new IllegalArgumentException(this.role + " cannot use TOTP");
		}
		this.totpRequired = required;
	}

}
