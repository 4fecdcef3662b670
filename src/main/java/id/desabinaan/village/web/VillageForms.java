package id.desabinaan.village.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import id.desabinaan.village.internal.PartnerVillage.Guest;

/** Reading dates and guest lines of the forms, rejecting bad input on its field. */
final class VillageForms {

	private VillageForms() {
	}

	/**
	 * A date in ISO format, {@code null} if empty; a bad date is rejected on its field.
	 */
	static LocalDate date(String value, String field, BindingResult binding) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			binding.rejectValue(field, "village.error.date", "village.error.date");
			return null;
		}
	}

	/** One guest per line: "name; institution" (the institution may be left out). */
	static List<Guest> guests(String text) {
		List<Guest> guests = new ArrayList<>();
		if (text == null) {
			return guests;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split(";", 2);
			guests.add(new Guest(parts[0].strip(), (parts.length > 1) ? parts[1].strip() : null));
		}
		return guests;
	}

}
