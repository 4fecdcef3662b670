package id.desabinaan.account;

import id.desabinaan.shared.Role;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * Security settings of one role, set by SYSTEM_ADMIN: whether its accounts must use a
 * TOTP second factor.
 */
@Entity
@Table(name = "account_security_policy")
class SecurityPolicy extends AuditedEntity {

	@Id
	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean totpRequired;

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
