package id.desabinaan.village.internal;

/** Where a partner-village designation stands. */
public enum DesignationState {

	/** Proposed by the office, not yet decreed. */
	PROPOSED,
	/** Decreed (SK) and certificate handed over: the certificate is valid. */
	DESIGNATED,
	/** Paused with a reason; can be resumed. */
	SUSPENDED,
	/** Over for good; the village may be proposed again. */
	ENDED;

	/** Partner villages the public sees: designated or suspended. */
	public boolean isPublic() {
		return this == DESIGNATED || this == SUSPENDED;
	}

}
