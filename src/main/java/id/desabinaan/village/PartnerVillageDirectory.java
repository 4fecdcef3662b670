package id.desabinaan.village;

import java.util.List;
import java.util.Optional;

import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;

/**
 * Read access to partner villages for other modules (outreach, early warning,
 * monitoring). Scope rules are the village module's: a village scope covers its own
 * village, an office scope the villages its Kanim designated, a regional scope those of
 * its Kanim, the national scope all.
 */
public interface PartnerVillageDirectory {

	/** The designation with this identifier, in any state. */
	Optional<PartnerVillageSummary> find(long id);

	/**
	 * The current designation of this desa/kelurahan: the open one (proposed, designated
	 * or suspended) or else the most recent ended one.
	 */
	Optional<PartnerVillageSummary> findByCode(RegionCode code);

	/** Open designations (proposed, designated, suspended) the scope covers, by code. */
	List<PartnerVillageSummary> coveredBy(Scope scope);

	/** Whether the scope covers this designation (read access). */
	boolean covers(Scope scope, long id);

}
