package id.desabinaan.knowledge;

/** What a resident applies for. */
public enum PassportApplicationType {

	/** A first passport. */
	FIRST,
	/** A new passport for one that has expired or is full. */
	REPLACEMENT,
	/** A new passport for one that was lost (police report, examination, extra fee). */
	LOST,
	/** A new passport for one that was damaged (examination, extra fee). */
	DAMAGED;

	/** Whether an older passport is being replaced. */
	public boolean isReplacement() {
		return this != FIRST;
	}

}
