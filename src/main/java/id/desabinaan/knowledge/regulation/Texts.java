package id.desabinaan.knowledge.regulation;

import java.util.regex.Pattern;

import id.desabinaan.shared.InvalidInputException;

/** Checks of the text fields of regulated data, naming the field in the error. */
final class Texts {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private Texts() {
	}

	/** A required text, stripped, at most {@code max} characters. */
	static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "knowledge.error.required");
		}
		return optional(field, value, max);
	}

	/** An optional text, stripped ({@code null} when blank), at most {@code max}. */
	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new InvalidInputException(field, "knowledge.error.tooLong", max);
		}
		return text;
	}

	/** A stable code in capitals, digits and underscores ({@code KTP_EL}). */
	static String code(String field, String value) {
		String code = required(field, value, 60);
		if (!CODE.matcher(code).matches()) {
			throw new InvalidInputException(field, "knowledge.error.code", code);
		}
		return code;
	}

	/** An ISO 3166-1 alpha-2 country code, in capitals. */
	static String country(String field, String value) {
		String code = required(field, value, 10).toUpperCase(java.util.Locale.ROOT);
		if (!COUNTRY.matcher(code).matches()) {
			throw new InvalidInputException(field, "knowledge.error.country", code);
		}
		return code;
	}

}
