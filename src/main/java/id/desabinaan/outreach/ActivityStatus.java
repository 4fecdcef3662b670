package id.desabinaan.outreach;

/** Where an activity stands. */
public enum ActivityStatus {

	/** Planned: it has not taken place yet (or nobody has said that it did). */
	PLANNED,
	/** Held: it took place; attendance can be recorded. */
	HELD,
	/** Cancelled, with a reason. */
	CANCELLED

}
