package id.desabinaan.outreach;

/** The editable reference lists of outreach. */
public enum ReferenceKind {

	/** Partner institutions (Disnaker, BP3MI, police ...). */
	INSTITUTION,
	/** Topics (passport, safe migration, TPPO/TPPM ...). */
	TOPIC

}
