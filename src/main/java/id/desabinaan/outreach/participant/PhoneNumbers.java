package id.desabinaan.outreach.participant;

import java.util.regex.Pattern;

/**
 * Indonesian phone numbers as people write them (0812-3456-7890, +62 812 3456 7890,
 * 62812...), kept in one form: {@code +62} and the number without its leading 0.
 */
final class PhoneNumbers {

	private static final Pattern NATIONAL = Pattern.compile("\\+62[1-9]\\d{7,11}");

	private PhoneNumbers() {
	}

	/**
	 * The number in {@code +62} form, or {@code null} if it is not an Indonesian number.
	 */
	static String normalise(String text) {
		String digits = text.replaceAll("[\\s().-]", "");
		if (digits.startsWith("0")) {
			digits = "+62" + digits.substring(1);
		}
		else if (digits.startsWith("62")) {
			digits = "+" + digits;
		}
		return NATIONAL.matcher(digits).matches() ? digits : null;
	}

}
