package id.desabinaan.outreach.quiz;

/** What a quiz question is about; the bank is grouped by topic. */
public enum QuizTopic {

	/** Passport requirements, fees, lost or damaged passports, M-Paspor. */
	PASSPORT,
	/** The electronic passport and what it opens (autogates, visa waivers). */
	E_PASSPORT,
	/** The procedural route for migrant workers (UU 18/2017). */
	SAFE_MIGRATION,
	/** Warning signs of trafficking (TPPO) and smuggling. */
	TPPO_SIGNS,
	/** The duty to report foreigners staying in the village (APOA). */
	REPORTING_FOREIGNERS

}
