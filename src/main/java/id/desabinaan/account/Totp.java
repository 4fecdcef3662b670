package id.desabinaan.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app makes them
 * (HMAC-SHA1, 6 digits, 30-second steps). A code is accepted for the current step and one
 * step either side (clock drift), and only for a step later than the last one used (no
 * replay).
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	private static final int SECRET_BYTES = 20;

	private static final int WINDOW = 1;

	private Totp() {
	}

	/** How a code compared with the secret. */
	enum Check {

		/** The code belongs to an allowed step that was not used before. */
		VALID,
		/** The code belongs to no allowed step. */
		WRONG,
		/** The code is right, but for a step already used: a replay. */
		REPLAYED

	}

	/**
	 * The outcome of a check; {@code step} is the matched time step when VALID.
	 */
	record Result(Check check, long step) {

		boolean isValid() {
			return this.check == Check.VALID;
		}

	}

	/** A new random 160-bit secret, Base32 encoded. */
	static String newSecret(SecureRandom random) {
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		return Base32.encode(secret);
	}

	/** The 30-second time step an instant falls in. */
	static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	/** The code for a time step. */
	static String codeFor(String base32Secret, long step) {
		try {
			return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS).generateOneTimePasswordString(
					new SecretKeySpec(Base32.decode(base32Secret), "HmacSHA1"),
					Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("Unusable TOTP secret", ex);
		}
	}

	/**
	 * Checks a typed code (spaces allowed) against the steps around {@code now}.
	 * @param lastUsedStep the step of the last accepted code, {@code null} if none
	 */
	static Result check(String base32Secret, String typedCode, Instant now, Long lastUsedStep) {
		String code = (typedCode != null) ? typedCode.replace(" ", "") : "";
		if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
			return new Result(Check.WRONG, -1);
		}
		long current = stepAt(now);
		boolean replayed = false;
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			if (MessageDigest.isEqual(codeFor(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				if (lastUsedStep == null || step > lastUsedStep) {
					return new Result(Check.VALID, step);
				}
				replayed = true;
			}
		}
		return new Result(replayed ? Check.REPLAYED : Check.WRONG, -1);
	}

	/** The otpauth:// URI that authenticator apps read from the QR code. */
	static String otpauthUri(String issuer, String username, String base32Secret) {
		String label = encode(issuer) + ":" + encode(username);
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
