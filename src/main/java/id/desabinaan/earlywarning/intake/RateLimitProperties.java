package id.desabinaan.earlywarning.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public report form, receipt and status pages and the public report API
 * ({@code desabinaan.early-warning.rate-limit.*}): each client may make {@code perClient}
 * requests per {@code perClientPeriod}, everyone together {@code global} per
 * {@code globalPeriod}. Clients are told apart by a keyed hash of their address, kept in
 * memory only (at most {@code maxClients} of them).
 *
 * @param enabled whether the limits apply
 * @param perClient requests one client may make per period
 * @param perClientPeriod the period of the per-client limit
 * @param global requests all clients together may make per period
 * @param globalPeriod the period of the global limit
 * @param maxClients most clients remembered at once (the oldest are forgotten first)
 */
@ConfigurationProperties("desabinaan.early-warning.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60") int perClient,
		@DefaultValue("10m") Duration perClientPeriod, @DefaultValue("2000") int global,
		@DefaultValue("10m") Duration globalPeriod, @DefaultValue("10000") int maxClients) {

	public RateLimitProperties {
		if (perClient < 1 || global < 1 || maxClients < 1 || perClientPeriod.isNegative() || perClientPeriod.isZero()
				|| globalPeriod.isNegative() || globalPeriod.isZero()) {
			throw new IllegalArgumentException("desabinaan.early-warning.rate-limit.* must be positive");
		}
	}

}
