package id.desabinaan.knowledge;

/** What a requirement asks of the applicant. */
public enum RequirementKind {

	/** A document to bring (the original). */
	DOCUMENT,
	/** Something to do or to expect (book a queue, both parents present, examination). */
	STEP

}
