package id.desabinaan.outreach.quiz;

import id.desabinaan.shared.RandomCodes;

/**
 * Unguessable quiz-link codes: 20 characters from an alphabet of 31 without look-alikes
 * (no 0/O, 1/I/L), about 99 bits of randomness, easy to type from a poster.
 */
final class QuizCodes {

	static final int LENGTH = 20;

	private QuizCodes() {
	}

	static String next() {
		return RandomCodes.next(LENGTH);
	}

	static boolean isWellFormed(String code) {
		return RandomCodes.isWellFormed(code, LENGTH);
	}

}
