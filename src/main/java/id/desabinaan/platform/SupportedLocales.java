package id.desabinaan.platform;

import java.util.List;
import java.util.Locale;

/**
 * The languages the platform speaks. Indonesian is the default and the fallback.
 */
public final class SupportedLocales {

	public static final Locale INDONESIAN = WebConfig.INDONESIAN;

	public static final List<Locale> ALL = List.of(INDONESIAN, Locale.ENGLISH);

	private SupportedLocales() {
	}

	/** The supported locale for a language tag, Indonesian when unknown. */
	public static Locale of(String tag) {
		if (tag == null) {
			return INDONESIAN;
		}
		return ALL.stream().filter((l) -> l.getLanguage().equalsIgnoreCase(tag)).findFirst().orElse(INDONESIAN);
	}

}
