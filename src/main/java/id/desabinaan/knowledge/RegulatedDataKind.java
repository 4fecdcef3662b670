package id.desabinaan.knowledge;

/** The kinds of regulated, dated data the knowledge module keeps. */
public enum RegulatedDataKind {

	/** Passport fees. */
	FEE,
	/** Document requirements per application type. */
	REQUIREMENT,
	/** Visa facilitation list. */
	VISA_FACILITATION,
	/** Placement-ban destinations and jobs. */
	PLACEMENT_BAN

}
