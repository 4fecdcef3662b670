package id.desabinaan.village.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.internal.PartnerVillage.Guest;

/**
 * Reading dates and guest lines of the forms, and running a change so that a refusal of
 * the domain shows on the form next to its field.
 */
final class VillageForms {

	private VillageForms() {
	}

	/**
	 * A date in ISO format, {@code null} if empty; a bad date is rejected on its field.
	 */
	static LocalDate date(String value, String field, BindingResult binding) {
		try {
			return date(value, field);
		}
		catch (InvalidInputException ex) {
			binding.rejectValue(field, ex.getMessageCode(), ex.getMessageCode());
			return null;
		}
	}

	/**
	 * A date in ISO format, {@code null} if empty; a bad date is a 400 naming the field.
	 */
	static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "village.error.date");
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

	/**
	 * Runs the change unless the form already has errors; bad input or a broken rule is
	 * rejected on its field (or on the form).
	 * @return whether the change went through
	 */
	static boolean attempt(BindingResult binding, Runnable change) {
		if (binding.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (InvalidInputException ex) {
			reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
		}
		catch (RuleViolationException ex) {
			reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
		}
		return false;
	}

	static void reject(BindingResult binding, String field, String code, Object[] args) {
		if (field != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
			binding.rejectValue(field, code, args, code);
		}
		else {
			binding.reject(code, args, code);
		}
	}

	/**
	 * A whole number (or an id chosen from a list), {@code null} if empty; a bad one is
	 * rejected on its field.
	 */
	static Long number(String value, String field, BindingResult binding) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			binding.rejectValue(field, "village.error.number", "village.error.number");
			return null;
		}
	}

	/**
	 * A choice the form requires (an id from a list); a missing one is rejected on its
	 * field.
	 */
	static long required(String value, String field, BindingResult binding) {
		Long number = number(value, field, binding);
		if (number == null && !binding.hasFieldErrors(field)) {
			binding.rejectValue(field, "village.error.choose", "village.error.choose");
		}
		return (number != null) ? number : -1;
	}

}
