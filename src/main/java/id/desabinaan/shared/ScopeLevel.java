package id.desabinaan.shared;

/**
 * The territory an account's rights cover.
 */
public enum ScopeLevel {

	/** The whole country. */
	NATIONAL,
	/** One Kanwil and every office below it. */
	REGIONAL,
	/** One Kanim, its sub-offices and the villages of its working area. */
	OFFICE,
	/** One desa or kelurahan. */
	VILLAGE

}
