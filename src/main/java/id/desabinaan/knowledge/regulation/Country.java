package id.desabinaan.knowledge.regulation;

/**
 * A country as regulated data names it: its ISO 3166-1 alpha-2 code and its name in both
 * languages, checked on creation.
 *
 * @param code ISO alpha-2 code in capitals
 * @param nameId name in Bahasa Indonesia
 * @param nameEn name in English
 */
public record Country(String code, String nameId, String nameEn) {

	public Country {
		code = Texts.country("countryCode", code);
		nameId = Texts.required("countryNameId", nameId, VisaFacilitationVersion.NAME_MAX);
		nameEn = Texts.required("countryNameEn", nameEn, VisaFacilitationVersion.NAME_MAX);
	}

}
