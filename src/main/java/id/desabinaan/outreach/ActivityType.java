package id.desabinaan.outreach;

/** Kinds of outreach activity. */
public enum ActivityType {

	/** Sosialisasi / penyuluhan: an information session for residents. */
	SOSIALISASI,
	/** Coordination visit with village officials and community leaders. */
	COORDINATION_VISIT,
	/** Community forum (musyawarah, meeting of residents). */
	COMMUNITY_FORUM,
	/** Session at a school. */
	SCHOOL_SESSION,
	/** Mobile passport service day (Eazy Passport, jemput bola). */
	MOBILE_PASSPORT_SERVICE,
	/** Installation of the notice board or the certificate. */
	INSTALLATION,
	/** Anything else, described in words. */
	OTHER;

	/** Message key of the type's name. */
	public String messageKey() {
		return "outreach.type." + name();
	}

}
