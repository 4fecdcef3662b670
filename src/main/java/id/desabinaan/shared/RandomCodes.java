package id.desabinaan.shared;

import java.security.SecureRandom;

/**
 * Unguessable public codes (certificate verification, quiz links, report receipts) from
 * an alphabet without look-alike characters (no 0/O, 1/I/L).
 */
public final class RandomCodes {

	/** Digits 2-9 and capitals without I, L and O. */
	public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomCodes() {
	}

	/** A fresh code of {@code length} characters. */
	public static String next(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** Whether {@code code} could be a code of {@code length} characters. */
	public static boolean isWellFormed(String code, int length) {
		return code != null && code.length() == length && code.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0);
	}

}
