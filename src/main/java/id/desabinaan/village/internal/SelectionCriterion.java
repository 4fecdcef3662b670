package id.desabinaan.village.internal;

/**
 * Codes of the selection criteria seeded by migration. The criteria themselves are data
 * ({@link Criterion}, editable by SYSTEM_ADMIN); only {@link #OTHER} has a rule in code:
 * choosing it asks for a text.
 */
public final class SelectionCriterion {

	public static final String MANY_ABROAD = "MANY_ABROAD";

	public static final String BORDER_TRANSIT = "BORDER_TRANSIT";

	public static final String POVERTY = "POVERTY";

	public static final String FOREIGNERS_PRESENT = "FOREIGNERS_PRESENT";

	public static final String PAST_TPPO = "PAST_TPPO";

	/** "Other": the proposal names the reason in a text. */
	public static final String OTHER = "OTHER";

	private SelectionCriterion() {
	}

}
