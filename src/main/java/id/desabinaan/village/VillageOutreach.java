package id.desabinaan.village;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the outreach module tells the public village page: upcoming activities and the
 * programme's totals. Implemented by the outreach module; when no implementation is
 * present the page says that nothing is recorded yet.
 */
public interface VillageOutreach {

	/**
	 * Upcoming public activities of the village, soonest first, at most {@code limit}.
	 */
	List<UpcomingActivity> upcoming(long villageId, int limit);

	/** The programme's totals for the village. */
	Totals totals(long villageId);

	/**
	 * An upcoming activity as residents see it.
	 *
	 * @param startsAt when it starts, in the office's time zone
	 * @param typeMessageKey message key of the activity type's name
	 * @param title the activity's title
	 * @param place where it takes place
	 */
	record UpcomingActivity(ZonedDateTime startsAt, String typeMessageKey, String title, String place) {
	}

	/**
	 * Totals of held activities.
	 *
	 * @param activities activities held
	 * @param participants participants reached (sum of attendance)
	 * @param lastActivity date of the last held activity, {@code null} if none
	 */
	record Totals(int activities, int participants, LocalDate lastActivity) {
	}

}
