package id.desabinaan.village.internal;

import id.desabinaan.shared.RandomCodes;

/**
 * Unguessable certificate verification codes: 24 characters from an alphabet of 31
 * without look-alikes (no 0/O, 1/I/L), about 119 bits of randomness.
 */
final class VerificationCodes {

	static final int LENGTH = 24;

	private VerificationCodes() {
	}

	static String next() {
		return RandomCodes.next(LENGTH);
	}

	static boolean isWellFormed(String code) {
		return RandomCodes.isWellFormed(code, LENGTH);
	}

}
