package id.desabinaan.account;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the {@code demo} profile while a demo account still has its
 * published password: that password is in the README, so the account is open to anyone.
 * Runs once every bean exists (after the migrations) and before the web server starts;
 * never lazy, so that lazy initialization cannot skip it.
 */
@Component
@Lazy(false)
class DemoPasswordGuard implements SmartInitializingSingleton {

	static final String DEMO_PROFILE = "demo";

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final Environment environment;

	DemoPasswordGuard(Accounts accounts, PasswordEncoder passwordEncoder, Environment environment) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.environment = environment;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.environment.matchesProfiles(DEMO_PROFILE)) {
			return;
		}
		List<String> open = DemoAccounts.ALL.stream()
			.filter((demo) -> this.accounts.findByUsername(demo.username())
				.filter(Account::isActive)
				.filter((account) -> this.passwordEncoder.matches(demo.password(), account.passwordHash()))
				.isPresent())
			.map(DemoAccounts.Demo::username)
			.toList();
		if (!open.isEmpty()) {
			throw new IllegalStateException("Refusing to start: the demo accounts " + open
					+ " still have their published demo passwords (README.md) and the '" + DEMO_PROFILE
					+ "' profile is not active. Change those passwords or retire the accounts (or run with the '"
					+ DEMO_PROFILE + "' profile).");
		}
	}

}
