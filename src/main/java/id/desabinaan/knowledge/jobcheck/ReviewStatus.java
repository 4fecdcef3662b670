package id.desabinaan.knowledge.jobcheck;

/** Where a version of reviewed data (a warning sign, the thresholds) stands. */
public enum ReviewStatus {

	/** Being written by its author; only he changes it. */
	DRAFT,
	/** Submitted: waits for another editor to publish it or return it. */
	IN_REVIEW,
	/**
	 * Published by a reviewer who is not the author; never changed again. In force from
	 * its valid-from date until a later published version takes over.
	 */
	PUBLISHED

}
