package id.desabinaan.knowledge;

import java.time.LocalDate;

/**
 * The requirements wizard as a service for other modules and channels (posters, SMS): the
 * documents, fees and steps for a set of answers, from the regulated data valid on a
 * date.
 */
public interface PassportGuide {

	/**
	 * The advice for these answers on this date.
	 * @throws id.desabinaan.shared.InvalidInputException naming {@code validity} when a
	 * child (under 17, unmarried) asks for a 10-year passport
	 * @throws id.desabinaan.shared.NotFoundException when a needed fee has no version
	 * valid on the date
	 */
	PassportAdvice advise(PassportQuestions questions, LocalDate date);

	/**
	 * Today in the national reference time zone (WIB), the day regulated data is read for
	 * unless a date is given.
	 */
	LocalDate today();

}
