package id.desabinaan.account;

import java.security.SecureRandom;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

import id.desabinaan.platform.SupportedLocales;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * Accounts made for one test, with unique names, so that tests never depend on each other
 * or on the demo accounts' state (the test database is shared).
 */
final class TestAccounts {

	static final String PASSWORD = "Rahasia#Desa2026";

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	TestAccounts(Accounts accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	static String uniqueName(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	Account create(String prefix, Role role, Scope scope) {
		return this.accounts.save(new Account(uniqueName(prefix), "Test " + prefix,
				this.passwordEncoder.encode(PASSWORD), role, scope, SupportedLocales.INDONESIAN));
	}

	/** Gives the account an enabled TOTP secret that no code has used yet. */
	Account withTotp(Account account) {
		Account stored = reload(account);
		stored.startTotpEnrolment(Totp.newSecret(new SecureRandom()));
		stored.enableTotp(0);
		return this.accounts.save(stored);
	}

	Account reload(Account account) {
		return this.accounts.findById(account.id()).orElseThrow();
	}

}
