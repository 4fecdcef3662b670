package id.desabinaan.outreach.participant;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The identity of a participant without NIK: the name in lower case without accents,
 * punctuation and extra spaces, the birth year and the sex
 * ({@code "siti aminah|1990|F"}). "SITI Aminah", " siti aminah " and "Siti Aminah." are
 * one person.
 */
final class PersonKeys {

	private PersonKeys() {
	}

	static String of(String name, int birthYear, Sex sex) {
		return normaliseName(name) + "|" + birthYear + "|" + sex.code();
	}

	static String normaliseName(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
