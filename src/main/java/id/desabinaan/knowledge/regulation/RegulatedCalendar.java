package id.desabinaan.knowledge.regulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Which day it is for regulated data. Regulations take effect on a calendar date for the
 * whole country; the platform reads that date in WIB (Asia/Jakarta), the zone of the
 * capital, so a change "from 1 January" applies from midnight WIB everywhere (one hour
 * later than local midnight in WITA, two in WIT).
 */
@Component
public class RegulatedCalendar {

	/** The national reference zone. */
	public static final ZoneId NATIONAL_ZONE = ZoneId.of("Asia/Jakarta");

	private final Clock clock;

	RegulatedCalendar(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NATIONAL_ZONE);
	}

	Instant now() {
		return this.clock.instant();
	}

}
