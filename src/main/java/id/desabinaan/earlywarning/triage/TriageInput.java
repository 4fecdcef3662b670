package id.desabinaan.earlywarning.triage;

import id.desabinaan.shared.InvalidInputException;

/** Reads choices sent as text (forms, JSON), refusing unknown values by field. */
final class TriageInput {

	private TriageInput() {
	}

	static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "ewtriage.choice.unknown");
		}
	}

	static Long number(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "ewtriage.choice.unknown");
		}
	}

}
