package id.desabinaan.outreach.quiz;

import java.security.SecureRandom;

/**
 * Unguessable quiz-link codes: 20 characters from an alphabet of 31 without look-alikes
 * (no 0/O, 1/I/L), about 99 bits of randomness, easy to type from a poster.
 */
final class QuizCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private QuizCodes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** Whether the text can be a code at all (checked before any query). */
	static boolean isWellFormed(String code) {
		return code != null && code.length() == LENGTH && code.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0);
	}

}
