package id.desabinaan.village.internal;

import java.time.LocalDate;

import id.desabinaan.shared.InvalidInputException;

/**
 * The decree (SK) that appoints officers.
 *
 * @param number the SK number
 * @param date the SK date
 */
public record AppointmentDecree(String number, LocalDate date) {

	public AppointmentDecree {
		number = (number == null || number.isBlank()) ? null : number.strip();
		if (number == null) {
			throw new InvalidInputException("decreeNumber", "village.error.required");
		}
		if (number.length() > 100) {
			throw new InvalidInputException("decreeNumber", "village.error.tooLong", 100);
		}
		if (date == null) {
			throw new InvalidInputException("decreeDate", "village.error.required");
		}
	}

}
