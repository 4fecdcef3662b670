package id.desabinaan.village.internal;

/**
 * Why a village was chosen. The codes are rows of the {@code selection_criterion} table
 * (seeded by migration), which the designation's criteria reference.
 */
public enum SelectionCriterion {

	MANY_ABROAD, BORDER_TRANSIT, POVERTY, FOREIGNERS_PRESENT, PAST_TPPO, OTHER

}
