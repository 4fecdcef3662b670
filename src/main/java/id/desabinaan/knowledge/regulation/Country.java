package id.desabinaan.knowledge.regulation;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A country as regulated data names it: its ISO 3166-1 alpha-2 code and its name in both
 * languages, checked on creation. Embedded in the visa and ban versions (columns
 * {@code country_code}, {@code country_name_id}, {@code country_name_en}).
 *
 * @param code ISO alpha-2 code in capitals
 * @param nameId name in Bahasa Indonesia
 * @param nameEn name in English
 */
@Embeddable
public record Country(@Column(name = "country_code") String code, @Column(name = "country_name_id") String nameId,
		@Column(name = "country_name_en") String nameEn) {

	public Country {
		code = Texts.country("countryCode", code);
		nameId = Texts.required("countryNameId", nameId, VisaFacilitationVersion.NAME_MAX);
		nameEn = Texts.required("countryNameEn", nameEn, VisaFacilitationVersion.NAME_MAX);
	}

	/** The name in the page's language. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameId;
	}

}
