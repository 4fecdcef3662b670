package id.desabinaan.knowledge;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A destination and job to which migrant workers may not be placed (e.g. domestic work
 * for individual employers in Middle East countries, Kepmenaker 260/2015).
 *
 * @param countryCode ISO 3166-1 alpha-2 code
 * @param countryNameId country name in Bahasa Indonesia
 * @param countryNameEn country name in English
 * @param jobCode stable code of the job, e.g. {@code DOMESTIC_WORK_INDIVIDUAL}
 * @param jobNameId the job in Bahasa Indonesia
 * @param jobNameEn the job in English
 * @param validFrom first day the ban applies
 * @param validUntil last day, or {@code null}
 * @param source the decision it comes from
 */
public record PlacementBan(String countryCode, String countryNameId, String countryNameEn, String jobCode,
		String jobNameId, String jobNameEn, LocalDate validFrom, LocalDate validUntil, String source) {

	public String countryName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.countryNameEn : this.countryNameId;
	}

	public String jobName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.jobNameEn : this.jobNameId;
	}

}
