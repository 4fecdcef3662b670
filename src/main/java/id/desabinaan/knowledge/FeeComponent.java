package id.desabinaan.knowledge;

/**
 * A line of the passport tariff. The amounts are dated data ({@link FeeSchedule}); the
 * components are fixed because the requirements wizard's rules pick them from the answers
 * (a new kind of fee needs a rule as well as a row).
 */
public enum FeeComponent {

	/** Ordinary non-electronic passport, valid at most 5 years. */
	BOOK_NON_ELECTRONIC_5Y,
	/** Ordinary non-electronic passport, valid at most 10 years. */
	BOOK_NON_ELECTRONIC_10Y,
	/** Ordinary electronic passport (e-passport), valid at most 5 years. */
	BOOK_ELECTRONIC_5Y,
	/** Ordinary electronic passport (e-passport), valid at most 10 years. */
	BOOK_ELECTRONIC_10Y,
	/** Accelerated service: the passport is finished the same day. */
	SAME_DAY_SERVICE,
	/** Added to the passport fee when a lost passport is replaced. */
	LOST_REPLACEMENT,
	/** Added to the passport fee when a damaged passport is replaced. */
	DAMAGED_REPLACEMENT,
	/**
	 * A first non-electronic passport for a prospective migrant worker on the procedural
	 * route (shown in the tariff; the wizard does not ask about it).
	 */
	PROCEDURAL_MIGRANT_WORKER_FIRST;

	/** The passport book for these answers. */
	public static FeeComponent book(boolean electronic, PassportValidity validity) {
		if (electronic) {
			return (validity == PassportValidity.TEN_YEARS) ? BOOK_ELECTRONIC_10Y : BOOK_ELECTRONIC_5Y;
		}
		return (validity == PassportValidity.TEN_YEARS) ? BOOK_NON_ELECTRONIC_10Y : BOOK_NON_ELECTRONIC_5Y;
	}

}
