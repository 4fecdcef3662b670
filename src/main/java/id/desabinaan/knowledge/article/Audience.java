package id.desabinaan.knowledge.article;

/** Who an article is written for. */
public enum Audience {

	/** Every resident. */
	RESIDENTS,
	/** Parents and guardians acting for a child. */
	PARENTS,
	/** Residents who plan to work abroad. */
	PROSPECTIVE_MIGRANT_WORKERS,
	/** Families of migrant workers. */
	MIGRANT_FAMILIES,
	/** Kepala desa, perangkat desa, duta imigrasi. */
	VILLAGE_OFFICIALS,
	/** Owners of houses, homestays and hotels where foreigners stay. */
	HOSTS_OF_FOREIGNERS

}
