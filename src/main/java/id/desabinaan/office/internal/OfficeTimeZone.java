package id.desabinaan.office.internal;

import java.util.Arrays;

/**
 * Indonesia's three time zones; an office shows times in its own.
 */
public enum OfficeTimeZone {

	/** Waktu Indonesia Barat, UTC+7. */
	WIB("Asia/Jakarta"),
	/** Waktu Indonesia Tengah, UTC+8. */
	WITA("Asia/Makassar"),
	/** Waktu Indonesia Timur, UTC+9. */
	WIT("Asia/Jayapura");

	private final String zoneId;

	OfficeTimeZone(String zoneId) {
		this.zoneId = zoneId;
	}

	public String zoneId() {
		return this.zoneId;
	}

	public static boolean isKnown(String zoneId) {
		return Arrays.stream(values()).anyMatch((zone) -> zone.zoneId.equals(zoneId));
	}

}
