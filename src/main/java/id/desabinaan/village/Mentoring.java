package id.desabinaan.village;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * PIMPASA appointments as other modules need them. An appointment is in force on a date
 * when it started on or before that date and has not ended before it (its end date is the
 * last day in force). Villages are identified by {@link PartnerVillageSummary#id()} (the
 * designation id), officers by their account id.
 */
public interface Mentoring {

	/**
	 * Officers appointed to the village on that date (start &lt;= date and (end null or
	 * date &lt;= end)), earliest appointment first.
	 */
	List<AppointedOfficer> officersOf(long villageId, LocalDate on);

	/**
	 * Ids of partner villages ({@link PartnerVillageSummary#id()}) the account mentors on
	 * that date.
	 */
	Set<Long> villagesOf(long accountId, LocalDate on);

	/** Whether the account is appointed to the village on that date. */
	boolean mentors(long accountId, long villageId, LocalDate on);

}
