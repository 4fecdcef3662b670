package id.desabinaan.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;
import id.desabinaan.shared.ScopeLevel;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * An account of a staff member or a village official: one role, one scope, a password
 * hash, the lockout counter and the optional TOTP second factor. Accounts are retired,
 * never deleted.
 */
@Entity
@Table(name = "account")
class Account extends AuditedEntity {

	/**
	 * Lower-case letters, digits, dot, dash and underscore, starting with a letter or
	 * digit.
	 */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Enumerated(EnumType.STRING)
	private ScopeLevel scopeLevel;

	private Long scopeOfficeId;

	private String scopeVillageCode;

	private String preferredLanguage;

	private int failedAttempts;

	private Instant lockedUntil;

	private String totpSecret;

	private boolean totpEnabled;

	private Long totpLastStep;

	private boolean active;

	private Instant retiredAt;

	protected Account() {
	}

	Account(String username, String displayName, String passwordHash, Role role, Scope scope, Locale language) {
		this.username = normalize(username)
			.orElseThrow(() -> new IllegalArgumentException("Not a valid username: " + username));
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.preferredLanguage = language.getLanguage();
		this.active = true;
		assign(role, scope);
	}

	/**
	 * The stored form of a username as typed: trimmed and lower case, or empty when it
	 * cannot be a username at all.
	 */
	static Optional<String> normalize(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String candidate = typed.strip().toLowerCase(Locale.ROOT);
		return USERNAME.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
	}

	Long id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Role role() {
		return this.role;
	}

	Scope scope() {
		return new Scope(this.scopeLevel, this.scopeOfficeId, this.scopeVillageCode);
	}

	String preferredLanguage() {
		return this.preferredLanguage;
	}

	boolean isActive() {
		return this.active;
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

	int failedAttempts() {
		return this.failedAttempts;
	}

	boolean isTotpEnabled() {
		return this.totpEnabled;
	}

	String totpSecret() {
		return this.totpSecret;
	}

	Long totpLastStep() {
		return this.totpLastStep;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/** The principal of a session signed in to this account. */
	CurrentUser toCurrentUser(Instant now) {
		return new CurrentUser(this.id, this.username, this.displayName, this.role, scope(), this.passwordHash,
				this.active, !isLockedAt(now));
	}

	/**
	 * Counts a failed attempt (wrong password or wrong code). The attempt that reaches
	 * {@code maxAttempts} locks the account for {@code lockFor} and starts the count
	 * again.
	 * @return whether this attempt locked the account
	 */
	boolean recordFailedAttempt(Instant now, int maxAttempts, Duration lockFor) {
		this.failedAttempts++;
		if (this.failedAttempts < maxAttempts) {
			return false;
		}
		this.failedAttempts = 0;
		this.lockedUntil = now.plus(lockFor);
		return true;
	}

	/** A sign-in went through: consecutive failures start again from zero. */
	void recordSuccessfulSignIn() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void unlock() {
		recordSuccessfulSignIn();
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void changeLanguage(Locale language) {
		this.preferredLanguage = language.getLanguage();
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	/** Gives the account a role and the scope that role needs. */
	void assign(Role role, Scope scope) {
		if (role.scopeLevel() != scope.level()) {
			throw new IllegalArgumentException(role + " needs a " + role.scopeLevel() + " scope");
		}
		this.role = role;
		this.scopeLevel = scope.level();
		this.scopeOfficeId = scope.officeId();
		this.scopeVillageCode = scope.villageCode();
		if (!role.isStaff()) {
			disableTotp();
		}
	}

	void retire(Instant now) {
		if (this.active) {
			this.active = false;
			this.retiredAt = now;
		}
	}

	void reactivate() {
		this.active = true;
		this.retiredAt = null;
	}

	/**
	 * Starts (or continues) TOTP enrolment: keeps a secret that is not enabled yet.
	 * @return the secret to show to the user
	 */
	String startTotpEnrolment(String freshSecret) {
		if (this.totpEnabled) {
			throw new IllegalStateException("TOTP is already enabled");
		}
		if (this.totpSecret == null) {
			this.totpSecret = freshSecret;
		}
		return this.totpSecret;
	}

	/** Turns TOTP on once the user proved with a code that his app holds the secret. */
	void enableTotp(long usedStep) {
		if (this.totpSecret == null) {
			throw new IllegalStateException("No TOTP secret to enable");
		}
		this.totpEnabled = true;
		this.totpLastStep = usedStep;
	}

	void disableTotp() {
		this.totpEnabled = false;
		this.totpSecret = null;
		this.totpLastStep = null;
	}

	/** Remembers the time step of an accepted code, so that it cannot be used again. */
	void useTotpStep(long step) {
		this.totpLastStep = step;
	}

}
