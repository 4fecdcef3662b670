package id.desabinaan.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code desabinaan.account.*}).
 *
 * @param maxFailedAttempts consecutive failed attempts that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param totpIssuer the issuer name authenticator apps show next to the account
 */
@ConfigurationProperties("desabinaan.account")
record AccountProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("Desa Binaan Imigrasi") String totpIssuer) {

	AccountProperties {
		if (maxFailedAttempts < 1) {
			throw new IllegalArgumentException("desabinaan.account.max-failed-attempts must be at least 1");
		}
		if (lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalArgumentException("desabinaan.account.lock-duration must be positive");
		}
	}

}
