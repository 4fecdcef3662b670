package id.desabinaan.outreach;

import java.time.LocalDate;
import java.util.List;

import id.desabinaan.village.PartnerVillageSummary;

/**
 * One of an officer's villages with what is due there.
 *
 * @param village the partner village
 * @param lastVisit day of the latest held activity, {@code null} if none
 * @param visitDue whether no activity was held in the configured number of days
 * @param upcoming planned activities still to come, soonest first
 * @param withoutAttendance held activities whose attendance is not recorded
 * @param notClosed planned activities whose time has passed but that are neither marked
 * held nor cancelled
 */
public record VillageDue(PartnerVillageSummary village, LocalDate lastVisit, boolean visitDue,
		List<ActivityView> upcoming, List<ActivityView> withoutAttendance, List<ActivityView> notClosed) {

	/** Open items: held activities without attendance and planned ones not closed. */
	public int openItems() {
		return this.withoutAttendance.size() + this.notClosed.size();
	}

}
