package id.desabinaan.region.web;

import java.util.List;

import id.desabinaan.region.RegionSummary;

/**
 * A list of regions in the JSON API, wrapped so that fields can be added later.
 *
 * @param items the regions
 */
record RegionListResponse(List<RegionResponse> items) {

	static RegionListResponse of(List<RegionSummary> regions) {
		return new RegionListResponse(RegionResponse.of(regions));
	}

}
