package id.desabinaan.knowledge;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One warning sign (indicator) of unsafe migration or trafficking, in the version that is
 * in force on a given date. Its texts are reviewed data: a plain title and explanation in
 * Bahasa Indonesia and English.
 *
 * @param code stable indicator code, e.g. {@code NON_WORK_VISA}; store this, not the
 * texts
 * @param titleId short title in Bahasa Indonesia
 * @param titleEn short title in English
 * @param explanationId plain explanation in Bahasa Indonesia
 * @param explanationEn plain explanation in English
 * @param weight how much the sign adds to the risk (0-10)
 * @param contexts where the sign is asked about
 * @param validFrom the date this version applies from
 * @param source the law or indicator list it rests on
 * @param version the version number of this sign's texts and weight
 */
public record WarningSign(String code, String titleId, String titleEn, String explanationId, String explanationEn,
		int weight, Set<WarningSignContext> contexts, LocalDate validFrom, String source, int version) {

	public WarningSign {
		Objects.requireNonNull(code, "code");
		contexts = Set.copyOf(contexts);
	}

	/** The title in the language of the locale (English, else Bahasa Indonesia). */
	public String title(Locale locale) {
		return isEnglish(locale) ? this.titleEn : this.titleId;
	}

	/** The explanation in the language of the locale (English, else Bahasa Indonesia). */
	public String explanation(Locale locale) {
		return isEnglish(locale) ? this.explanationEn : this.explanationId;
	}

	public boolean appliesTo(WarningSignContext context) {
		return this.contexts.contains(context);
	}

	private static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
