package id.desabinaan.outreach;

/** Where an activity's attendance counts come from. */
public enum AttendanceSource {

	/** Counted and typed in by an officer. */
	COUNTS,
	/** Computed from an imported participant list. */
	PARTICIPANT_LIST

}
