package id.desabinaan.outreach.participant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Turns a NIK into the value stored in its place: HMAC-SHA256 under a secret key kept
 * outside the database. A plain hash would not do: a NIK has so little freedom (region,
 * birth date, a four-digit serial) that all of them can be hashed in minutes, so whoever
 * copied the table could read every NIK back. With the key elsewhere, the hash only tells
 * whether two lists name the same person.
 */
@Component
@EnableConfigurationProperties(ParticipantProperties.class)
class NikHasher {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	NikHasher(ParticipantProperties properties) {
		this.key = new SecretKeySpec(properties.nikKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/** The keyed hash of a NIK, or {@code null} for none. */
	String hash(String nik) {
		if (nik == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every JVM has HmacSHA256", ex);
		}
	}

}
