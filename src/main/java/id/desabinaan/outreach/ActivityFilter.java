package id.desabinaan.outreach;

import java.time.LocalDate;

/**
 * Which activities a list or an export shows; every part is optional. Dates are days in
 * each activity's own office time zone, both inclusive.
 *
 * @param officeId only activities of this serving office (or its sub-offices)
 * @param villageId only activities of this partner village
 * @param from only activities on or after this day
 * @param to only activities on or before this day
 * @param type only activities of this type
 * @param status only activities in this status
 */
public record ActivityFilter(Long officeId, Long villageId, LocalDate from, LocalDate to, ActivityType type,
		ActivityStatus status) {

	/** No restriction besides the reader's scope. */
	public static ActivityFilter all() {
		return new ActivityFilter(null, null, null, null, null, null);
	}

	/** Every activity in a period. */
	public static ActivityFilter period(LocalDate from, LocalDate to) {
		return new ActivityFilter(null, null, from, to, null, null);
	}

}
