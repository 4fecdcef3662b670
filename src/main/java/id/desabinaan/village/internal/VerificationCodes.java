package id.desabinaan.village.internal;

import java.security.SecureRandom;

/**
 * Unguessable certificate verification codes: 24 characters from an alphabet of 31
 * without look-alikes (no 0/O, 1/I/L), about 119 bits of randomness.
 */
final class VerificationCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 24;

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	static boolean isWellFormed(String code) {
		if (code == null || code.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

}
