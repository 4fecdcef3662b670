package id.desabinaan.earlywarning.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;

/** Dates of reports in the serving office's time zone (WIB, WITA or WIT). */
@Component
public class ReportCalendar {

	/** Where offices without a known zone are: western Indonesia. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private final OfficeDirectory offices;

	private final Clock clock;

	ReportCalendar(OfficeDirectory offices, Clock clock) {
		this.offices = offices;
		this.clock = clock;
	}

	/** The office's zone; western Indonesia for no office. */
	public ZoneId zone(Long officeId) {
		if (officeId == null) {
			return DEFAULT_ZONE;
		}
		return this.offices.find(officeId)
			.map(OfficeSummary::timeZone)
			.filter((zone) -> zone != null && !zone.isBlank())
			.map(ZoneId::of)
			.orElse(DEFAULT_ZONE);
	}

	/** Today in the office's zone. */
	public LocalDate today(Long officeId) {
		return LocalDate.now(this.clock.withZone(zone(officeId)));
	}

}
