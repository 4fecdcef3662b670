package id.desabinaan.village.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import id.desabinaan.shared.InvalidInputException;

/**
 * Indonesian telephone numbers as people type them (0812-3456-7890, +62 812 3456 7890,
 * (0286) 321 123) in the one stored form {@code +62...}. Mobile numbers (8xx) have 9 to
 * 12 digits after the country code, fixed lines (area code and number) 7 to 11.
 */
final class IndonesianPhone {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

	private static final Pattern MOBILE = Pattern.compile("8\\d{8,11}");

	private static final Pattern FIXED_LINE = Pattern.compile("[2-79]\\d{6,10}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[A-Za-z]{2,}");

	private IndonesianPhone() {
	}

	/** The number in {@code +62} form, or empty when it is not an Indonesian number. */
	static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String digits = SEPARATORS.matcher(typed.strip()).replaceAll("");
		String national;
		if (digits.startsWith("+62")) {
			national = digits.substring(3);
		}
		else if (digits.startsWith("62")) {
			national = digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			national = digits.substring(1);
		}
		else {
			return Optional.empty();
		}
		if (MOBILE.matcher(national).matches() || FIXED_LINE.matcher(national).matches()) {
			return Optional.of("+62" + national);
		}
		return Optional.empty();
	}

	/**
	 * A required phone number in {@code +62} form; a bad one is rejected on its field.
	 */
	static String required(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidInputException(field, "village.error.required");
		}
		return normalise(typed).orElseThrow(() -> new InvalidInputException(field, "village.error.phone"));
	}

	/**
	 * A contact channel chosen for publication: an Indonesian phone or WhatsApp number
	 * ({@code +62} form) or an e-mail address; {@code null} when blank.
	 */
	static String publicContact(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String value = typed.strip();
		if (value.contains("@")) {
			if (value.length() > 100 || !EMAIL.matcher(value).matches()) {
				throw new InvalidInputException(field, "village.error.contact");
			}
			return value;
		}
		return normalise(value).orElseThrow(() -> new InvalidInputException(field, "village.error.contact"));
	}

}
