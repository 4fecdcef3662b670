package id.desabinaan.knowledge.regulation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import id.desabinaan.shared.InvalidInputException;

/** The {@code date} parameter of the regulated-data API: ISO date, default today. */
public final class ApiDates {

	private ApiDates() {
	}

	/**
	 * The date asked for, or {@code today} when none is given.
	 * @throws InvalidInputException naming {@code date} when it is not a date
	 */
	public static LocalDate orToday(String date, LocalDate today) {
		if (date == null || date.isBlank()) {
			return today;
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("date", "knowledge.api.error.date", date);
		}
	}

}
