package id.desabinaan.earlywarning.intake;

import java.util.Locale;

import id.desabinaan.shared.RandomCodes;

/**
 * Receipt codes: {@value #LENGTH} characters from {@link RandomCodes#ALPHABET} (no
 * look-alikes such as 0/O or 1/I/L), about 99 bits of chance: unguessable. Shown in
 * groups of four; read back in any case, with or without spaces and dashes.
 */
public final class ReceiptCodes {

	/** Characters of a receipt code. */
	public static final int LENGTH = 20;

	private ReceiptCodes() {
	}

	/** A fresh code. */
	public static String next() {
		return RandomCodes.next(LENGTH);
	}

	/**
	 * The code as typed, cleaned (upper case, no spaces or dashes), or {@code null} when
	 * it cannot be a receipt code.
	 */
	public static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return RandomCodes.isWellFormed(code, LENGTH) ? code : null;
	}

	/** The code in groups of four for reading and writing down: {@code ABCD-EFGH-...}. */
	public static String grouped(String code) {
		if (code == null) {
			return "";
		}
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < code.length(); i += 4) {
			if (i > 0) {
				grouped.append('-');
			}
			grouped.append(code, i, Math.min(code.length(), i + 4));
		}
		return grouped.toString();
	}

}
