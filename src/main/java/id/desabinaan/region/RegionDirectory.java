package id.desabinaan.region;

import java.util.List;
import java.util.Optional;

import id.desabinaan.shared.RegionCode;

/**
 * Lookup of Indonesian regions for other modules.
 */
public interface RegionDirectory {

	/** The region with this code, if it exists. */
	Optional<RegionSummary> find(RegionCode code);

	/**
	 * Regions whose name contains the query (case-insensitive), optionally limited to one
	 * level, villages first by closeness of match, at most {@code limit}.
	 */
	List<RegionSummary> search(String query, RegionLevel level, int limit);

	/** All provinces, ordered by code. */
	List<RegionSummary> provinces();

	/** The direct children of a region, ordered by code; empty for a village. */
	List<RegionSummary> children(RegionCode code);

}
