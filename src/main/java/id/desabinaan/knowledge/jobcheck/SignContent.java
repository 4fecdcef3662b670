package id.desabinaan.knowledge.jobcheck;

import java.time.LocalDate;

import id.desabinaan.shared.InvalidInputException;

/**
 * What an editor writes for one version of a warning sign. Checked on construction (the
 * form checks the same earlier, field by field).
 *
 * @param titleId short title in Bahasa Indonesia
 * @param titleEn short title in English
 * @param explanationId plain explanation in Bahasa Indonesia
 * @param explanationEn plain explanation in English
 * @param weight 0-10
 * @param jobOffer whether the job-offer check weighs it
 * @param report whether early-warning reports ask about it
 * @param validFrom the first day it applies
 * @param source the law or indicator list it rests on
 */
public record SignContent(String titleId, String titleEn, String explanationId, String explanationEn, int weight,
		boolean jobOffer, boolean report, LocalDate validFrom, String source) {

	public static final int MAX_WEIGHT = 10;

	public SignContent {
		titleId = required(titleId, "titleId", 200);
		titleEn = required(titleEn, "titleEn", 200);
		explanationId = required(explanationId, "explanationId", 2000);
		explanationEn = required(explanationEn, "explanationEn", 2000);
		source = required(source, "source", 500);
		if (weight < 0 || weight > MAX_WEIGHT) {
			throw new InvalidInputException("weight", "jobcheck.sign.weight.range", MAX_WEIGHT);
		}
		if (!jobOffer && !report) {
			throw new InvalidInputException("jobOffer", "jobcheck.sign.context.required");
		}
		if (validFrom == null) {
			throw new InvalidInputException("validFrom", "jobcheck.review.validFrom.required");
		}
	}

	private static String required(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "jobcheck.field.required");
		}
		if (value.strip().length() > max) {
			throw new InvalidInputException(field, "jobcheck.field.tooLong", max);
		}
		return value.strip();
	}

}
