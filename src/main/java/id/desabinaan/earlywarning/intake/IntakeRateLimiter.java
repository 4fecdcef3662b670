package id.desabinaan.earlywarning.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) for the public report pages and API: one per client and one
 * for everyone, so that neither one client nor a distributed flood passes. A client is
 * told apart by an HMAC of his address under a key drawn at start and never written
 * anywhere: the map lives in memory only, is bounded, and neither the address nor its
 * hash is stored or logged.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
public class IntakeRateLimiter {

	private volatile Limits limits;

	private final byte[] secret = new byte[32];

	IntakeRateLimiter(RateLimitProperties properties) {
		new SecureRandom().nextBytes(this.secret);
		this.limits = new Limits(properties);
	}

	/** Whether a request of this client may pass now (takes one token from both). */
	public boolean tryPass(String clientAddress) {
		Limits current = this.limits;
		if (!current.properties.enabled()) {
			return true;
		}
		Bucket client = current.clientBucket(clientKey(clientAddress));
		if (!client.tryConsume(1)) {
			return false;
		}
		return current.global.tryConsume(1);
	}

	/** Applies other limits with fresh buckets (tests of the limiter itself). */
	void configure(RateLimitProperties properties) {
		this.limits = new Limits(properties);
	}

	public RateLimitProperties properties() {
		return this.limits.properties;
	}

	private String clientKey(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] digest = mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static final class Limits {

		private final RateLimitProperties properties;

		private final Bucket global;

		private final Map<String, Bucket> clients;

		Limits(RateLimitProperties properties) {
			this.properties = properties;
			this.global = bucket(properties.global(), properties.globalPeriod());
			int max = properties.maxClients();
			this.clients = new LinkedHashMap<>(16, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
					return size() > max;
				}

			};
		}

		synchronized Bucket clientBucket(String key) {
			return this.clients.computeIfAbsent(key,
					(k) -> bucket(this.properties.perClient(), this.properties.perClientPeriod()));
		}

		private static Bucket bucket(int capacity, java.time.Duration period) {
			return Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
				.build();
		}

	}

}
