package id.desabinaan.knowledge.jobcheck;

import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.account.AccountDraft;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Accounts for review tests: the demo accounts, and fresh national editors (a review
 * needs a second editor, the demo data has one).
 */
final class Editors {

	static final String PASSWORD = "Redaktur#Sandi2026";

	private Editors() {
	}

	static CurrentUser demo(UserDetailsService users, String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

	/**
	 * A new SYSTEM_ADMIN with a unique name, made by the demo administrator (signed in
	 * for that call: account administration checks the caller's role).
	 */
	static CurrentUser newEditor(AccountAdministration accounts, UserDetailsService users) {
		String username = "redaktur." + UUID.randomUUID().toString().substring(0, 8);
		CurrentUser admin = demo(users, "admin");
		SecurityContextHolder.setContext(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities())));
		try {
			accounts.create(admin,
					new AccountDraft(username, "Redaktur Uji", Role.SYSTEM_ADMIN, null, null, "id", PASSWORD));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return demo(users, username);
	}

	/** A unique code for a warning sign made by a test. */
	static String uniqueCode() {
		return "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

}
