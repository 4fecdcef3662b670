package id.desabinaan.earlywarning;

/** Who stands behind a report. */
public enum ReporterKind {

	/** A resident who gave no contact details: known only by the receipt code. */
	ANONYMOUS,
	/** A resident who chose to leave contact details. */
	RESIDENT,
	/** A village official, identified and scoped to his village. */
	VILLAGE_OFFICIAL,
	/** PIMPASA or office staff, reporting themselves or on behalf of someone. */
	STAFF;

	/** Whether what this reporter does must keep no precise time, IP or user agent. */
	public boolean protectedReporter() {
		return this == ANONYMOUS || this == RESIDENT;
	}

}
