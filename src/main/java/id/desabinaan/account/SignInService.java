package id.desabinaan.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.platform.SupportedLocales;
import id.desabinaan.shared.CurrentUser;

/**
 * The rules of signing in: password check with lockout, the TOTP step, and the audit
 * trail of both. Methods return outcomes instead of throwing, so that the failed-attempt
 * count commits even when the sign-in is refused.
 */
@Service
public class SignInService {

	private final Accounts accounts;

	private final SecurityPolicies policies;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final AuditOffices auditOffices;

	private final AccountProperties properties;

	private final Clock clock;

	/**
	 * A real hash of a random password: unknown usernames are checked against it, so that
	 * they take as long as known ones.
	 */
	private final String unknownAccountHash;

	SignInService(Accounts accounts, SecurityPolicies policies, PasswordEncoder passwordEncoder, AuditLog auditLog,
			AuditOffices auditOffices, AccountProperties properties, Clock clock) {
		this.accounts = accounts;
		this.policies = policies;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.auditOffices = auditOffices;
		this.properties = properties;
		this.clock = clock;
		this.unknownAccountHash = passwordEncoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * Outcome of the password step.
	 *
	 * @param user the account, {@code null} when refused
	 * @param pendingStep the step still owed, {@code null} when the sign-in is complete
	 */
	record PasswordOutcome(CurrentUser user, SignInStep pendingStep) {

		static final PasswordOutcome REFUSED = new PasswordOutcome(null, null);

		boolean refused() {
			return this.user == null;
		}

	}

	/** Outcome of the TOTP step. */
	public enum CodeOutcome {

		/** The code was right: the session may get the account's role. */
		ACCEPTED,
		/** Wrong or reused code; the user may try again. */
		REFUSED,
		/**
		 * The account is locked (this attempt may have locked it) or retired: the session
		 * must end.
		 */
		SIGNED_OUT

	}

	/**
	 * Checks a username and password. Unknown usernames, retired and locked accounts and
	 * wrong passwords are all refused the same way, after the same hash work; only a
	 * wrong password of an active, unlocked account counts towards the lockout.
	 */
	@Transactional
	PasswordOutcome checkPassword(String typedUsername, String password) {
		Optional<Account> found = Account.normalize(typedUsername).flatMap(this.accounts::findByUsernameForUpdate);
		if (found.isEmpty()) {
			this.passwordEncoder.matches(password, this.unknownAccountHash);
			this.auditLog.record(AuditActions.UNKNOWN_ACTOR, AuditActions.LOGIN_FAILED, null, Outcome.FAILURE, null,
					"unknown-account");
			return PasswordOutcome.REFUSED;
		}
		Account account = found.get();
		Instant now = this.clock.instant();
		boolean matches = this.passwordEncoder.matches(password, account.passwordHash());
		if (!account.isActive()) {
			refused(account, "retired");
			return PasswordOutcome.REFUSED;
		}
		if (account.isLockedAt(now)) {
			refused(account, "locked");
			return PasswordOutcome.REFUSED;
		}
		if (!matches) {
			countFailure(account, now, "wrong-password");
			return PasswordOutcome.REFUSED;
		}
		CurrentUser user = account.toCurrentUser(now);
		if (account.isTotpEnabled()) {
			return new PasswordOutcome(user, SignInStep.TOTP_CODE);
		}
		account.recordSuccessfulSignIn();
		if (account.role().isStaff() && totpRequired(account)) {
			return new PasswordOutcome(user, SignInStep.TOTP_ENROLMENT);
		}
		return new PasswordOutcome(user, null);
	}

	/**
	 * The TOTP step: accepts a code of the current 30-second step or one step either
	 * side, only if its step is later than the last one used. A wrong or reused code
	 * counts towards the lockout like a wrong password.
	 */
	@Transactional
	public CodeOutcome verifyCode(CurrentUser user, String code) {
		Account account = this.accounts.findByIdForUpdate(user.accountId()).orElse(null);
		Instant now = this.clock.instant();
		if (account == null || !account.isActive() || !account.isTotpEnabled()) {
			return CodeOutcome.SIGNED_OUT;
		}
		if (account.isLockedAt(now)) {
			refused(account, "locked");
			return CodeOutcome.SIGNED_OUT;
		}
		Totp.Result result = Totp.check(account.totpSecret(), code, now, account.totpLastStep());
		if (!result.isValid()) {
			boolean locked = countFailure(account, now,
					(result.check() == Totp.Check.REPLAYED) ? "totp-replayed" : "totp-wrong");
			return locked ? CodeOutcome.SIGNED_OUT : CodeOutcome.REFUSED;
		}
		account.useTotpStep(result.step());
		account.recordSuccessfulSignIn();
		recordLogin(user, "totp");
		return CodeOutcome.ACCEPTED;
	}

	/** Writes the successful interactive sign-in to the audit log. */
	public void recordLogin(CurrentUser user, String detail) {
		this.auditLog.record(user.getUsername(), AuditActions.LOGIN, user.getUsername(), Outcome.SUCCESS,
				this.auditOffices.of(user.scope()), detail);
	}

	/** Writes a sign-out (POST /keluar) to the audit log. */
	@EventListener
	void recordLogout(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			this.auditLog.record(user.getUsername(), AuditActions.LOGOUT, user.getUsername(), Outcome.SUCCESS,
					this.auditOffices.of(user.scope()), null);
		}
	}

	/** The language the account chose, applied to the session at sign-in. */
	@Transactional(readOnly = true)
	public Locale preferredLanguage(CurrentUser user) {
		return this.accounts.findById(user.accountId())
			.map((account) -> SupportedLocales.of(account.preferredLanguage()))
			.orElse(SupportedLocales.INDONESIAN);
	}

	private boolean totpRequired(Account account) {
		return this.policies.findById(account.role()).map(SecurityPolicy::isTotpRequired).orElse(false);
	}

	private boolean countFailure(Account account, Instant now, String reason) {
		boolean locked = account.recordFailedAttempt(now, this.properties.maxFailedAttempts(),
				this.properties.lockDuration());
		refused(account, reason);
		if (locked) {
			this.auditLog.record(account.username(), AuditActions.ACCOUNT_LOCKED, account.username(), Outcome.FAILURE,
					this.auditOffices.of(account.scope()),
					"until=" + account.lockedUntil() + ", attempts=" + this.properties.maxFailedAttempts());
		}
		return locked;
	}

	private void refused(Account account, String reason) {
		this.auditLog.record(account.username(), AuditActions.LOGIN_FAILED, account.username(), Outcome.FAILURE,
				this.auditOffices.of(account.scope()), reason);
	}

}
