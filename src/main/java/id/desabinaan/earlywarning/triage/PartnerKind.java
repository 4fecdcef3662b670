package id.desabinaan.earlywarning.triage;

/**
 * The kinds of partner agencies a report is referred to. The unit itself (which police
 * station, which Disnaker office) is written as free text next to the kind, since the
 * partners of each office differ and change; the kind is what figures are counted by.
 */
public enum PartnerKind {

	/** The police's anti-trafficking unit (Unit PPA / Satgas TPPO). */
	POLICE_TPPO_UNIT,
	/** The manpower office (Disnaker) or its one-stop service (LTSA). */
	DISNAKER_LTSA,
	/** The migrant-worker protection agency BP3MI. */
	BP3MI,
	/** Social services (Dinas Sosial). */
	SOCIAL_SERVICES,
	/** The foreigner-supervision team TIMPORA. */
	TIMPORA,
	/** Another immigration office. */
	IMMIGRATION_OFFICE

}
