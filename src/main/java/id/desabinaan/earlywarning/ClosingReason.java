package id.desabinaan.earlywarning;

/** Why a report was closed; the receipt page shows it in plain language. */
public enum ClosingReason {

	UNFOUNDED, DUPLICATE, RESOLVED_BY_OUTREACH, HANDED_TO_POLICE, DEPARTURE_PREVENTED, PASSPORT_POSTPONED, OTHER

}
