package id.desabinaan.knowledge;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.shared.CurrentUser;

/**
 * Helpers for the knowledge module's tests. The test database is shared by every test and
 * context, so versions that tests add start on random days far in the future (years 2060
 * to 2079) and never change what applies today; the clock-moving browser test uses 2090
 * and later.
 */
public final class KnowledgeFixtures {

	private KnowledgeFixtures() {
	}

	/** A demo account as the application loads it (its real role and scope). */
	public static CurrentUser user(UserDetailsService users, String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

	/** A random day between 2060 and 2079, unlikely to be used by another test. */
	public static LocalDate farFutureDay() {
		return LocalDate.of(2060, 1, 1).plusDays(ThreadLocalRandom.current().nextLong(20 * 365));
	}

	/** A random code for a test-only requirement or job, e.g. {@code TEST_4F2A9C}. */
	public static String uniqueCode() {
		return "TEST_" + Long.toHexString(ThreadLocalRandom.current().nextLong(0x100000, 0xFFFFFF)).toUpperCase();
	}

}
