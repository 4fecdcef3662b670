package id.desabinaan.account;

/**
 * The actions the account module writes to the audit log. The audit page translates them
 * with the message keys {@code audit.action.<ACTION>} (each module names its own actions
 * in its bundle).
 */
final class AuditActions {

	static final String LOGIN = "LOGIN";

	static final String LOGIN_FAILED = "LOGIN_FAILED";

	static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";

	static final String LOGOUT = "LOGOUT";

	static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

	static final String TOTP_ENABLED = "TOTP_ENABLED";

	static final String TOTP_DISABLED = "TOTP_DISABLED";

	static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";

	static final String ROLE_CHANGED = "ROLE_CHANGED";

	static final String ACCOUNT_CHANGED = "ACCOUNT_CHANGED";

	static final String PASSWORD_RESET = "PASSWORD_RESET";

	static final String SECURITY_POLICY_CHANGED = "SECURITY_POLICY_CHANGED";

	/** Actor of attempts with a username that has no account. */
	static final String UNKNOWN_ACTOR = "unknown";

	private AuditActions() {
	}

}
