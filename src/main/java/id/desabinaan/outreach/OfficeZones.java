package id.desabinaan.outreach;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;

/**
 * Offices' names and time zones for one request: each office is looked up once. Times are
 * shown in the serving office's zone, labelled WIB, WITA or WIT.
 */
final class OfficeZones {

	/** Where offices without a known zone are: western Indonesia. */
	static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private final OfficeDirectory offices;

	private final Map<Long, OfficeSummary> seen = new HashMap<>();

	OfficeZones(OfficeDirectory offices) {
		this.offices = offices;
	}

	ZoneId zone(long officeId) {
		OfficeSummary office = office(officeId);
		return (office != null && office.timeZone() != null) ? ZoneId.of(office.timeZone()) : DEFAULT_ZONE;
	}

	String name(long officeId) {
		OfficeSummary office = office(officeId);
		return (office != null) ? office.name() : null;
	}

	private OfficeSummary office(long officeId) {
		return this.seen.computeIfAbsent(officeId, (id) -> this.offices.find(id).orElse(null));
	}

	/** WIB, WITA or WIT; the zone's id for anything else. */
	static String label(ZoneId zone) {
		return switch (zone.getId()) {
			case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
			case "Asia/Makassar" -> "WITA";
			case "Asia/Jayapura" -> "WIT";
			default -> zone.getId();
		};
	}

}
