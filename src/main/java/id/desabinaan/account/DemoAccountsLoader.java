package id.desabinaan.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import id.desabinaan.account.DemoAccounts.Demo;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.SupportedLocales;
import id.desabinaan.shared.Scope;

/**
 * Creates the demo accounts when {@code desabinaan.demo-data=true}, after the demo
 * offices (order 100). Idempotent: an account that exists is left as it is.
 */
@Component
@Order(200)
@ConditionalOnBooleanProperty("desabinaan.demo-data")
class DemoAccountsLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsLoader.class);

	private final Accounts accounts;

	private final OfficeDirectory offices;

	private final PasswordEncoder passwordEncoder;

	DemoAccountsLoader(Accounts accounts, OfficeDirectory offices, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.offices = offices;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		for (Demo demo : DemoAccounts.ALL) {
			if (this.accounts.existsByUsername(demo.username())) {
				continue;
			}
			Scope scope = scopeOf(demo);
			String hash = this.passwordEncoder.encode(demo.password());
			this.accounts.save(new Account(demo.username(), demo.displayName(), hash, demo.role(), scope,
					SupportedLocales.INDONESIAN));
			created++;
		}
		if (created > 0) {
			log.info("Created {} demo accounts (passwords in README.md)", created);
		}
	}

	private Scope scopeOf(Demo demo) {
		return switch (demo.role().scopeLevel()) {
			case NATIONAL -> Scope.national();
			case REGIONAL -> Scope.regional(office(demo));
			case OFFICE -> Scope.office(office(demo));
			case VILLAGE -> Scope.village(demo.villageCode());
		};
	}

	private long office(Demo demo) {
		return this.offices.findByCode(demo.officeCode())
			.map(OfficeSummary::id)
			.orElseThrow(() -> new IllegalStateException(
					"Demo office " + demo.officeCode() + " is missing; the office demo data must load first"));
	}

}
