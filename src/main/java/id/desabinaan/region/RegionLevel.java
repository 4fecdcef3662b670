package id.desabinaan.region;

/**
 * The four levels of Indonesian administrative regions, by the depth of their Kemendagri
 * code.
 */
public enum RegionLevel {

	/** Provinsi, code {@code PP}. */
	PROVINCE,
	/** Kabupaten or kota, code {@code PP.KK}. */
	REGENCY,
	/** Kecamatan, code {@code PP.KK.CC}. */
	DISTRICT,
	/** Desa or kelurahan, code {@code PP.KK.CC.DDDD}. */
	VILLAGE;

	public static RegionLevel ofDepth(int depth) {
		return values()[depth - 1];
	}

}
