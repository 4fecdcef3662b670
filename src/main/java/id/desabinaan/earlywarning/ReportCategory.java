package id.desabinaan.earlywarning;

/** What a report is about; each category asks its own structured fields. */
public enum ReportCategory {

	/** Suspected trafficking in persons (TPPO). */
	TRAFFICKING,
	/** People smuggling (TPPM). */
	SMUGGLING,
	/** A planned departure outside the procedural route. */
	NON_PROCEDURAL_DEPARTURE,
	/** A suspicious recruiter (calo) or sponsor. */
	RECRUITER,
	/** Document fraud: age falsification, fake letters. */
	DOCUMENT_FRAUD,
	/** A foreigner present in the village. */
	FOREIGNER,
	/** Anything else worth the office's attention. */
	OTHER

}
