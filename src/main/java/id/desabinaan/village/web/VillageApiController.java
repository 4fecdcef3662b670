package id.desabinaan.village.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.internal.VillageService;

/** Public read API of the partner villages. */
@RestController
@RequestMapping("/api/v1/villages")
@Tag(name = "Villages", description = "Partner villages (Desa Binaan Imigrasi)")
class VillageApiController {

	private final VillageService villages;

	VillageApiController(VillageService villages) {
		this.villages = villages;
	}

	@GetMapping
	@Operation(summary = "Designated and suspended partner villages, optionally of one province (PP), "
			+ "kabupaten/kota (PP.KK) or office (id)")
	List<VillageResponse> list(@RequestParam(required = false) String province,
			@RequestParam(required = false) String regency, @RequestParam(required = false) Long office) {
		return this.villages.publicList(province, regency, office).stream().map(VillageResponse::of).toList();
	}

	@GetMapping("/{regionCode}")
	@Operation(summary = "One partner village by its region code (404 if it is not a partner village)")
	VillageResponse village(@PathVariable String regionCode) {
		if (!RegionCode.isValid(regionCode)) {
			throw new NotFoundException("village.notFound", regionCode);
		}
		return VillageResponse.of(this.villages.publicVillage(regionCode));
	}

	@GetMapping("/{regionCode}/designations")
	@Operation(summary = "Every decreed designation of a village, newest first, with the times of its state "
			+ "changes in the office's time zone (public fields only; 404 if it was never designated)")
	List<DesignationResponse> designations(@PathVariable String regionCode) {
		if (!RegionCode.isValid(regionCode)) {
			throw new NotFoundException("village.notFound", regionCode);
		}
		return this.villages.publicDesignations(regionCode).stream().map(DesignationResponse::of).toList();
	}

}
