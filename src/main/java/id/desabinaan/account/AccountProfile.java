package id.desabinaan.account;

import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.platform.SupportedLocales;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * What a signed-in user changes about his own account: password and language.
 */
@Service
public class AccountProfile {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final AuditOffices auditOffices;

	private final ScopeViews scopeViews;

	AccountProfile(Accounts accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, AuditOffices auditOffices,
			ScopeViews scopeViews) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.auditOffices = auditOffices;
		this.scopeViews = scopeViews;
	}

	/**
	 * The profile page's content.
	 *
	 * @param username the sign-in name
	 * @param displayName the name shown to others
	 * @param role the role
	 * @param scope the scope with names
	 * @param language the preferred language tag ({@code id} or {@code en})
	 * @param totpEnabled whether the account signs in with a TOTP code
	 */
	public record Profile(String username, String displayName, Role role, ScopeView scope, String language,
			boolean totpEnabled) {
	}

	@Transactional(readOnly = true)
	public Profile view(CurrentUser user) {
		Account account = own(user);
		return new Profile(account.username(), account.displayName(), account.role(),
				this.scopeViews.of(account.scope()), account.preferredLanguage(), account.isTotpEnabled());
	}

	/**
	 * Changes the password after checking the current one; the new one must follow the
	 * policy (checked on the form) and differ from the current one.
	 */
	@Transactional
	public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
		Account account = own(user);
		if (!this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			this.auditLog.record(user.getUsername(), AuditActions.PASSWORD_CHANGED, account.username(), Outcome.FAILURE,
					this.auditOffices.of(account.scope()), "wrong-current-password");
			throw new RuleViolationException("currentPassword", "account.password.currentWrong");
		}
		if (!PasswordPolicy.isStrong(newPassword)) {
			throw new InvalidInputException("newPassword", "account.password.weak.plain");
		}
		if (this.passwordEncoder.matches(newPassword, account.passwordHash())) {
			throw new RuleViolationException("newPassword", "account.password.sameAsCurrent");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.auditLog.record(user.getUsername(), AuditActions.PASSWORD_CHANGED, account.username(), Outcome.SUCCESS,
				this.auditOffices.of(account.scope()), null);
	}

	/** Remembers the language the user wants; applied at every sign-in. */
	@Transactional
	public Locale changeLanguage(CurrentUser user, String languageTag) {
		Locale language = SupportedLocales.ALL.stream()
			.filter((supported) -> supported.getLanguage().equals(languageTag))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("language", "account.language.unknown", languageTag));
		own(user).changeLanguage(language);
		return language;
	}

	private Account own(CurrentUser user) {
		return this.accounts.findById(user.accountId())
			.orElseThrow(() -> new NotFoundException("account.notFound", user.accountId()));
	}

}
