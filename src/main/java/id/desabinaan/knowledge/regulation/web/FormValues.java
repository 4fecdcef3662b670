package id.desabinaan.knowledge.regulation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * Reads the text fields of the regulated-data forms into values, rejecting a bad or
 * missing value on its own field (every field is checked, so that all errors show at
 * once).
 */
final class FormValues {

	/** Rupiah as typed: digits, optionally grouped with dots, spaces or commas. */
	private static final Pattern RUPIAH = Pattern.compile("(?i)(rp\\.?\\s*)?[0-9][0-9., ]{0,14}");

	private FormValues() {
	}

	/** A date as people read it: "1 Januari 2027". */
	static String display(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
	}

	/** A date in ISO format ({@code 2027-01-01}); {@code null} when empty. */
	static LocalDate date(String value, String field, boolean required, BindingResult binding) {
		if (value == null || value.isBlank()) {
			if (required) {
				rejectField(binding, field, "knowledge.error." + field + ".required");
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			rejectField(binding, field, "knowledge.error.date");
			return null;
		}
	}

	/** One of an enum's constants by name; {@code null} (and an error) otherwise. */
	static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult binding) {
		if (value != null && !value.isBlank()) {
			try {
				return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// rejected below
			}
		}
		rejectField(binding, field, "knowledge.error.choice");
		return null;
	}

	/** Whole Rupiah: "950000", "950.000" or "Rp 950.000". */
	static Long rupiah(String value, String field, BindingResult binding) {
		if (value == null || value.isBlank()) {
			rejectField(binding, field, "knowledge.error.required");
			return null;
		}
		if (!RUPIAH.matcher(value.strip()).matches()) {
			rejectField(binding, field, "knowledge.error.amount");
			return null;
		}
		return Long.valueOf(value.replaceAll("[^0-9]", ""));
	}

	/** A whole number of up to 4 digits; {@code null} when empty and not required. */
	static Integer number(String value, String field, boolean required, BindingResult binding) {
		if (value == null || value.isBlank()) {
			if (required) {
				rejectField(binding, field, "knowledge.error.required");
			}
			return null;
		}
		if (!value.strip().matches("[0-9]{1,4}")) {
			rejectField(binding, field, "knowledge.error.number");
			return null;
		}
		return Integer.valueOf(value.strip());
	}

	/** Rejects a text field left empty. */
	static void requireFilled(BindingResult binding, String field) {
		Object value = binding.getFieldValue(field);
		if (value == null || value.toString().isBlank()) {
			rejectField(binding, field, "knowledge.error.required");
		}
	}

	/**
	 * Rejects a field with a message that names it: the message's first argument is the
	 * field's label ({@code knowledge.field.<field>}), the others follow.
	 */
	static void rejectField(BindingResult binding, String field, String code, Object... args) {
		Object[] arguments = new Object[args.length + 1];
		arguments[0] = new DefaultMessageSourceResolvable(new String[] { "knowledge.field." + field }, field);
		System.arraycopy(args, 0, arguments, 1, args.length);
		binding.rejectValue(field, code, arguments, code);
	}

	/**
	 * Shows a domain error next to its field when the form has one, above the form
	 * otherwise.
	 */
	static void reject(BindingResult binding, String field, String code, Object[] args) {
		if (field != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
			rejectField(binding, field, code, args);
		}
		else {
			binding.reject(code, args, code);
		}
	}

}
