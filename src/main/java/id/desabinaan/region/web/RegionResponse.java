package id.desabinaan.region.web;

import java.util.List;

import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionSummary;

/**
 * A region in the JSON API.
 *
 * @param code Kemendagri code, e.g. {@code 33.07.06.2009}
 * @param name name as in the source, e.g. {@code Pakuncen}
 * @param level PROVINCE, REGENCY, DISTRICT or VILLAGE
 * @param kind KABUPATEN or KOTA for regencies, DESA or KELURAHAN for villages, else
 * {@code null}
 * @param parentCode code of the parent region, {@code null} for a province
 * @param path names of the ancestors, nearest first
 */
record RegionResponse(String code, String name, RegionLevel level, String kind, String parentCode, List<String> path) {

	static RegionResponse of(RegionSummary region) {
		int cut = region.code().lastIndexOf('.');
		return new RegionResponse(region.code(), region.name(), region.level(), region.kind(),
				(cut < 0) ? null : region.code().substring(0, cut), region.path());
	}

	static List<RegionResponse> of(List<RegionSummary> regions) {
		return regions.stream().map(RegionResponse::of).toList();
	}

}
