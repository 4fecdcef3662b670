package id.desabinaan.office.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.OfficeService;

/**
 * Public read API of the office registry: the hierarchy, one office, and which Kanim
 * serves a region.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Offices", description = "Immigration offices and their working areas")
class OfficeApiController {

	private final OfficeService offices;

	OfficeApiController(OfficeService offices) {
		this.offices = offices;
	}

	@GetMapping("/offices")
	@Operation(summary = "Active immigration offices in hierarchy order, optionally of one level and below one parent")
	List<OfficeResponse> list(@RequestParam(required = false) OfficeLevel level,
			@RequestParam(required = false) Long parent) {
		return this.offices.publicList(level, parent).stream().map(OfficeResponse::of).toList();
	}

	@GetMapping("/offices/{id}")
	@Operation(summary = "One office with its parent, children and working area")
	OfficeDetailsResponse office(@PathVariable long id) {
		return OfficeDetailsResponse.of(this.offices.publicView(id));
	}

	@GetMapping("/regions/{code}/office")
	@Operation(summary = "The Kanim that serves a village, kecamatan or kabupaten/kota (404 if none)")
	OfficeDetailsResponse servingOffice(@PathVariable String code) {
		return OfficeDetailsResponse.of(this.offices.servingOffice(code).office());
	}

}
