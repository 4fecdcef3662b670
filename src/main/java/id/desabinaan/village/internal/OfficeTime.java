package id.desabinaan.village.internal;

import java.util.Map;

/**
 * Indonesia's three time zones as people name them: WIB (UTC+7), WITA (UTC+8) and WIT
 * (UTC+9), from the IANA zone of an office.
 */
public final class OfficeTime {

	/** The zone assumed when an office has none: Jakarta (WIB). */
	public static final String DEFAULT_ZONE = "Asia/Jakarta";

	private static final Map<String, String> LABELS = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
			"Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

	private OfficeTime() {
	}

	/** WIB, WITA or WIT; the zone id itself for a zone outside Indonesia. */
	public static String label(String zone) {
		return LABELS.getOrDefault((zone != null) ? zone : DEFAULT_ZONE, zone);
	}

}
