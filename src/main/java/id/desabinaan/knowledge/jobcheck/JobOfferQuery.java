package id.desabinaan.knowledge.jobcheck;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Departure;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Fee;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Job;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.PassportHolder;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Recruiter;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Visa;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.YesNo;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;

/**
 * The answers of a job-offer check as the query string of its address
 * ({@code /cek-lowongan/hasil?destination=HK&visa=TOURIST...}), so that a result can be
 * shared as a link and the answers travel to the call-back form without being stored. The
 * parameter names are the form's field names. Unknown values of a choice are read as "not
 * answered"; a malformed number is named as an error of its field.
 */
public final class JobOfferQuery {

	/** The oldest age the check accepts as a real answer. */
	static final int MAX_AGE = 99;

	private JobOfferQuery() {
	}

	/**
	 * The answers as {@code name=value} pairs in question order, unanswered ones left
	 * out.
	 */
	public static Map<String, String> parameters(JobOfferAnswers answers) {
		Map<String, String> parameters = new LinkedHashMap<>();
		put(parameters, "destination", answers.destination());
		put(parameters, "job", answers.job());
		put(parameters, "recruiter", answers.recruiter());
		put(parameters, "agencyName", answers.agencyName());
		put(parameters, "visa", answers.visa());
		put(parameters, "fee", answers.fee());
		put(parameters, "feeAmount", answers.feeAmount());
		put(parameters, "contract", answers.contract());
		put(parameters, "familyPermission", answers.familyPermission());
		put(parameters, "passportHolder", answers.passportHolder());
		put(parameters, "age", answers.age());
		put(parameters, "departure", answers.departure());
		put(parameters, "village", answers.villageCode());
		return parameters;
	}

	/** The answers as a URL query string (without the {@code ?}). */
	public static String toQuery(JobOfferAnswers answers) {
		StringJoiner query = new StringJoiner("&");
		parameters(answers).forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return query.toString();
	}

	/**
	 * What was read from the parameters: the answers (a malformed number left out) and
	 * the errors, one per malformed field.
	 *
	 * @param answers the answers
	 * @param errors the malformed fields, with their message codes
	 */
	public record Reading(JobOfferAnswers answers, List<InvalidInputException> errors) {

		public Reading {
			errors = List.copyOf(errors);
		}

	}

	/** Reads a query string written by {@link #toQuery(JobOfferAnswers)}. */
	public static JobOfferAnswers fromQuery(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query != null && !query.isBlank()) {
			for (String pair : query.split("&")) {
				String[] parts = pair.split("=", 2);
				parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
						(parts.length > 1) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
			}
		}
		return read(parameters).answers();
	}

	/** Reads the answers from request parameters (one value per name). */
	public static Reading read(Map<String, String> parameters) {
		List<InvalidInputException> errors = new ArrayList<>();
		String destination = text(parameters.get("destination"), 10);
		String agency = text(parameters.get("agencyName"), 150);
		String village = text(parameters.get("village"), 20);
		JobOfferAnswers answers = new JobOfferAnswers(
				(destination != null) ? destination.toUpperCase(Locale.ROOT) : null,
				choice(Job.class, parameters.get("job")), choice(Recruiter.class, parameters.get("recruiter")), agency,
				choice(Visa.class, parameters.get("visa")), choice(Fee.class, parameters.get("fee")),
				amount(parameters.get("feeAmount"), errors), choice(YesNo.class, parameters.get("contract")),
				choice(YesNo.class, parameters.get("familyPermission")),
				choice(PassportHolder.class, parameters.get("passportHolder")), age(parameters.get("age"), errors),
				choice(Departure.class, parameters.get("departure")),
				(village != null && RegionCode.isValid(village)) ? village : null);
		return new Reading(answers, errors);
	}

	private static void put(Map<String, String> parameters, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			parameters.put(name, value.toString());
		}
	}

	private static String text(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > max) ? stripped.substring(0, max) : stripped;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Whole Rupiah; dots, commas and spaces as thousands separators are allowed. */
	private static Long amount(String value, List<InvalidInputException> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String digits = value.strip().replaceFirst("(?i)^rp\\.?", "").replaceAll("[\\s.,]", "");
		if (!digits.matches("\\d{1,13}")) {
			errors.add(new InvalidInputException("feeAmount", "jobcheck.check.feeAmount.invalid"));
			return null;
		}
		return Long.parseLong(digits);
	}

	private static Integer age(String value, List<InvalidInputException> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String digits = value.strip();
		if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > MAX_AGE) {
			errors.add(new InvalidInputException("age", "jobcheck.check.age.invalid", MAX_AGE));
			return null;
		}
		return Integer.parseInt(digits);
	}

}
