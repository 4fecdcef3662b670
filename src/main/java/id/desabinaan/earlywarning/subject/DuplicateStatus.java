package id.desabinaan.earlywarning.subject;

/** Where a proposal of two likely duplicate reports stands. */
public enum DuplicateStatus {

	/** Waiting for an analyst or the office head to decide. */
	PROPOSED,
	/** Merged: one report closed as DUPLICATE pointing to the other. */
	MERGED,
	/** Not duplicates: the pair is not proposed again. */
	REJECTED

}
