package id.desabinaan.knowledge;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A visa facilitation (or its absence) for Indonesian passport holders, as valid on a
 * date.
 *
 * @param countryCode ISO 3166-1 alpha-2 code
 * @param countryNameId country name in Bahasa Indonesia
 * @param countryNameEn country name in English
 * @param arrangement what applies
 * @param electronicPassportOnly only holders of an electronic passport benefit
 * @param maxStayDays longest stay per visit, {@code null} if not fixed
 * @param noteId explanation in Bahasa Indonesia
 * @param noteEn explanation in English
 * @param validFrom first day it applies
 * @param validUntil last day, or {@code null}
 * @param source where it comes from
 */
public record VisaFacilitation(String countryCode, String countryNameId, String countryNameEn,
		VisaArrangement arrangement, boolean electronicPassportOnly, Integer maxStayDays, String noteId, String noteEn,
		LocalDate validFrom, LocalDate validUntil, String source) {

	public String countryName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.countryNameEn : this.countryNameId;
	}

	public String note(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.noteEn : this.noteId;
	}

}
