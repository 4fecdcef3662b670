package id.desabinaan.office;

/**
 * Levels of the immigration office hierarchy.
 */
public enum OfficeLevel {

	/** Direktorat Jenderal Imigrasi, the single national root. */
	NATIONAL,
	/** Kantor Wilayah (Kanwil), one per province, under the directorate. */
	REGIONAL,
	/**
	 * Kantor Imigrasi (Kanim), with class and TPI/Non TPI, under a Kanwil; has a working
	 * area.
	 */
	OFFICE,
	/**
	 * Unit Kerja Kantor (UKK), a sub-office of a Kanim; serves within its Kanim's working
	 * area.
	 */
	SUB_OFFICE

}
