package id.desabinaan.region.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public read API over Indonesia's regions. Bad input answers 400 naming the field
 * ({@code q}, {@code level}, {@code limit}, {@code code}); an unknown code answers 404.
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Indonesian provinces, kabupaten/kota, kecamatan and desa/kelurahan")
class RegionApiController {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	private final RegionDirectory regions;

	RegionApiController(RegionDirectory regions) {
		this.regions = regions;
	}

	@GetMapping
	@Operation(summary = "Search regions by name (case-insensitive) or code prefix; without q, list the provinces")
	RegionListResponse search(
			@Parameter(description = "part of a name (at least 2 characters), a name narrowed by ancestors "
					+ "(\"pakuncen, selomerto\") or a code prefix") @RequestParam(required = false) String q,
			@Parameter(description = "PROVINCE, REGENCY, DISTRICT or VILLAGE") @RequestParam(
					required = false) String level,
			@Parameter(description = "at most this many items, 1 to 100 (default 20)") @RequestParam(
					required = false) String limit) {
		RegionLevel wanted = RegionParameters.level(level);
		int max = limit(limit);
		if (q == null || q.isBlank()) {
			if (wanted != null && wanted != RegionLevel.PROVINCE) {
				throw new InvalidInputException("q", "region.search.required", wanted);
			}
			return RegionListResponse.of(this.regions.provinces());
		}
		return RegionListResponse.of(this.regions.search(RegionParameters.query(q), wanted, max));
	}

	@GetMapping("/{code}")
	@Operation(summary = "One region by its Kemendagri code, e.g. 33.07.06.2009")
	RegionResponse one(@PathVariable String code) {
		return RegionResponse.of(RegionParameters.region(this.regions, code));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "The direct children of a region, by code; empty for a village")
	RegionListResponse children(@PathVariable String code) {
		RegionSummary region = RegionParameters.region(this.regions, code);
		return RegionListResponse.of(this.regions.children(RegionCode.of(region.code())));
	}

	private static int limit(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value.strip());
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// answered below like an out-of-range number
		}
		throw new InvalidInputException("limit", "region.limit.invalid", value, MAX_LIMIT);
	}

}
