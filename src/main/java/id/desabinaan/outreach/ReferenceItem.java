package id.desabinaan.outreach;

import java.util.Locale;

/**
 * One entry of a reference list as pages and exports show it.
 *
 * @param id identifier
 * @param kind which list
 * @param code stable code
 * @param nameId name in Bahasa Indonesia
 * @param nameEn name in English
 * @param needsText whether choosing it asks for a text (the "other" entry)
 * @param position order in the list
 * @param active whether it can still be chosen
 */
public record ReferenceItem(long id, ReferenceKind kind, String code, String nameId, String nameEn, boolean needsText,
		int position, boolean active) {

	/** The name in the reader's language (English for English, Indonesian otherwise). */
	public String name(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.nameEn : this.nameId;
	}

}
