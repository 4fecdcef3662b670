package id.desabinaan.knowledge;

import java.util.Locale;

/**
 * One requirement of a passport application, in both languages.
 *
 * @param code stable code of the requirement, e.g. {@code KTP_EL}
 * @param kind a document to bring or a step
 * @param textId the text in Bahasa Indonesia
 * @param textEn the text in English
 */
public record RequiredDocument(String code, RequirementKind kind, String textId, String textEn) {

	/** The text in the language of the page (Bahasa Indonesia unless English). */
	public String text(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.textEn : this.textId;
	}

}
