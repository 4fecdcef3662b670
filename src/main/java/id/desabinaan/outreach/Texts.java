package id.desabinaan.outreach;

import id.desabinaan.shared.InvalidInputException;

/** Checks of entered text: trimmed, required where needed, within the column's length. */
final class Texts {

	private Texts() {
	}

	static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw new InvalidInputException(field, "outreach.error.required");
		}
		return text;
	}

	static String optional(String field, String value, int max) {
		String text = (value == null || value.isBlank()) ? null : value.strip();
		if (text != null && text.length() > max) {
			throw new InvalidInputException(field, "outreach.error.tooLong", max);
		}
		return text;
	}

}
