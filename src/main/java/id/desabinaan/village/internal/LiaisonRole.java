package id.desabinaan.village.internal;

/** What a village liaison is in the village. */
public enum LiaisonRole {

	/** Kepala desa or lurah. */
	VILLAGE_HEAD,
	/** Sekretaris desa. */
	VILLAGE_SECRETARY,
	/** Other perangkat desa (kepala urusan, kepala seksi, kepala dusun). */
	VILLAGE_OFFICER,
	/** Duta imigrasi: a volunteer resident ambassador. */
	IMMIGRATION_AMBASSADOR

}
