package id.desabinaan.account;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.platform.QrCodes;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;

/**
 * Enrolment of the TOTP second factor for staff accounts: a secret is kept (not yet
 * enabled) and shown as text and QR code; a correct code from the user's app turns it on.
 */
@Service
public class TotpService {

	private final Accounts accounts;

	private final SecurityPolicies policies;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final AuditOffices auditOffices;

	private final AccountProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TotpService(Accounts accounts, SecurityPolicies policies, PasswordEncoder passwordEncoder, AuditLog auditLog,
			AuditOffices auditOffices, AccountProperties properties, Clock clock) {
		this.accounts = accounts;
		this.policies = policies;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.auditOffices = auditOffices;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Whether TOTP is on for the account and whether its role requires it.
	 *
	 * @param enabled the account signs in with a code
	 * @param required the account's role must use TOTP
	 */
	public record Status(boolean enabled, boolean required) {
	}

	/**
	 * What the enrolment page shows.
	 *
	 * @param secret the Base32 secret, for typing into an app
	 * @param otpauthUri the URI inside the QR code
	 * @param qrCode the QR code as a PNG {@code data:} URI
	 */
	public record Enrolment(String secret, String otpauthUri, String qrCode) {

		/** The secret in groups of four characters, easier to type. */
		public String groupedSecret() {
			return this.secret.replaceAll("(.{4})(?!$)", "$1 ");
		}

	}

	@Transactional(readOnly = true)
	public Status status(CurrentUser user) {
		Account account = staffAccount(user);
		return new Status(account.isTotpEnabled(), required(account));
	}

	/** Keeps a secret for the account (the same one until confirmed) and shows it. */
	@Transactional
	public Enrolment startEnrolment(CurrentUser user) {
		Account account = staffAccount(user);
		if (account.isTotpEnabled()) {
			throw new RuleViolationException("code", "account.totp.alreadyEnabled");
		}
		String secret = account.startTotpEnrolment(Totp.newSecret(this.random));
		String uri = Totp.otpauthUri(this.properties.totpIssuer(), account.username(), secret);
		return new Enrolment(secret, uri, QrCodes.pngDataUri(uri));
	}

	/**
	 * Turns TOTP on when the code matches the kept secret.
	 * @return whether the code was right
	 */
	@Transactional
	public boolean confirmEnrolment(CurrentUser user, String code) {
		Account account = staffAccount(user);
		if (account.isTotpEnabled() || account.totpSecret() == null) {
			throw new RuleViolationException("code", "account.totp.noEnrolment");
		}
		Totp.Result result = Totp.check(account.totpSecret(), code, this.clock.instant(), null);
		if (!result.isValid()) {
			return false;
		}
		account.enableTotp(result.step());
		this.auditLog.record(user.getUsername(), AuditActions.TOTP_ENABLED, account.username(), Outcome.SUCCESS,
				this.auditOffices.of(account.scope()), null);
		return true;
	}

	/**
	 * Turns TOTP off, with the current password, unless the role requires it.
	 * @return whether it was on
	 */
	@Transactional
	public boolean disable(CurrentUser user, String currentPassword) {
		Account account = staffAccount(user);
		if (!account.isTotpEnabled()) {
			return false;
		}
		if (!this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new RuleViolationException("currentPassword", "account.password.currentWrong");
		}
		if (required(account)) {
			throw new RuleViolationException("currentPassword", "account.totp.requiredForRole");
		}
		account.disableTotp();
		this.auditLog.record(user.getUsername(), AuditActions.TOTP_DISABLED, account.username(), Outcome.SUCCESS,
				this.auditOffices.of(account.scope()), null);
		return true;
	}

	private Account staffAccount(CurrentUser user) {
		if (!user.role().isStaff()) {
			throw new AccessDeniedException("TOTP is for staff accounts");
		}
		return this.accounts.findById(user.accountId())
			.orElseThrow(() -> new NotFoundException("account.notFound", user.accountId()));
	}

	private boolean required(Account account) {
		return this.policies.findById(account.role()).map(SecurityPolicy::isTotpRequired).orElse(false);
	}

}
