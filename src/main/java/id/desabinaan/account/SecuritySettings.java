package id.desabinaan.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.Role;

/**
 * The per-role security settings page of SYSTEM_ADMIN: which roles must use TOTP.
 */
@Service
public class SecuritySettings {

	private final SecurityPolicies policies;

	private final AuditLog auditLog;

	SecuritySettings(SecurityPolicies policies, AuditLog auditLog) {
		this.policies = policies;
		this.auditLog = auditLog;
	}

	/**
	 * One role's settings.
	 *
	 * @param role the role
	 * @param totpRequired whether its accounts must use TOTP
	 * @param totpPossible whether its accounts can use TOTP at all (staff roles)
	 */
	public record RolePolicy(Role role, boolean totpRequired, boolean totpPossible) {
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional(readOnly = true)
	public List<RolePolicy> list() {
		return this.policies.findAll()
			.stream()
			.sorted(Comparator.comparing(SecurityPolicy::role))
			.map((policy) -> new RolePolicy(policy.role(), policy.isTotpRequired(), policy.role().isStaff()))
			.toList();
	}

	/**
	 * Sets which roles require TOTP; roles not in the map keep their setting.
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void requireTotp(CurrentUser admin, Map<Role, Boolean> required) {
		required.forEach((role, value) -> {
			if (value && !role.isStaff()) {
				throw new InvalidInputException("totpRequired", "account.policy.notForVillageOfficials");
			}
		});
		for (SecurityPolicy policy : this.policies.findAll()) {
			Boolean wanted = required.get(policy.role());
			if (wanted != null && wanted != policy.isTotpRequired()) {
				policy.requireTotp(wanted);
				this.auditLog.record(admin.getUsername(), AuditActions.SECURITY_POLICY_CHANGED, policy.role().name(),
						Outcome.SUCCESS, null, "totpRequired=" + wanted);
			}
		}
	}

}
