package id.desabinaan.village.internal;

import java.util.Locale;

/**
 * A selection criterion as pages show it.
 *
 * @param code stable code
 * @param nameId name in Indonesian
 * @param nameEn name in English
 * @param position sort order
 * @param active whether new proposals may choose it
 * @param needsText whether choosing it asks for a text (the "other" criterion)
 */
public record CriterionView(String code, String nameId, String nameEn, int position, boolean active,
		boolean needsText) {

	/** The name in the reader's language (English or else Indonesian). */
	public String name(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.nameEn : this.nameId;
	}

}
