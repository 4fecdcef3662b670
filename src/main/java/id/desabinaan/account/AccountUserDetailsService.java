package id.desabinaan.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.shared.CurrentUser;

/**
 * Loads an account as the {@link CurrentUser} principal (role authority, scope, lock and
 * retirement state). The sign-in itself goes through
 * {@link AccountAuthenticationProvider}, which adds lockout and TOTP.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final Clock clock;

	AccountUserDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CurrentUser loadUserByUsername(String username) {
		return Account.normalize(username)
			.flatMap(this.accounts::findByUsername)
			.map((account) -> account.toCurrentUser(this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
