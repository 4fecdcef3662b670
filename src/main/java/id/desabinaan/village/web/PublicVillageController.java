package id.desabinaan.village.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.internal.DesignationState;
import id.desabinaan.village.internal.DesignationView;
import id.desabinaan.village.internal.VillageService;

/**
 * Public pages: the list of partner villages ({@code /desa}), one village
 * ({@code /desa/{regionCode}}) and the certificate verification
 * ({@code /verifikasi/{code}}). No session, no account.
 */
@Controller
class PublicVillageController {

	private final VillageService villages;

	private final RegionDirectory regions;

	private final OfficeDirectory offices;

	PublicVillageController(VillageService villages, RegionDirectory regions, OfficeDirectory offices) {
		this.villages = villages;
		this.regions = regions;
		this.offices = offices;
	}

	@GetMapping("/desa")
	String list(@RequestParam(required = false) String province, @RequestParam(required = false) String regency,
			@RequestParam(required = false) Long office, Model model) {
		String chosenProvince = validCode(province, 1);
		String chosenRegency = validCode(regency, 2);
		if (chosenRegency != null && chosenProvince != null && !chosenRegency.startsWith(chosenProvince + ".")) {
			chosenRegency = null;
		}
		model.addAttribute("villages", this.villages.publicList(chosenProvince, chosenRegency, office));
		model.addAttribute("provinces", this.regions.provinces());
		List<RegionSummary> regencies = (chosenProvince != null) ? this.regions.children(RegionCode.of(chosenProvince))
				: List.of();
		model.addAttribute("regencies", regencies);
		model.addAttribute("offices",
				this.offices.all().stream().filter((candidate) -> candidate.level() == OfficeLevel.OFFICE).toList());
		model.addAttribute("province", chosenProvince);
		model.addAttribute("regency", chosenRegency);
		model.addAttribute("office", office);
		return "village/public-list";
	}

	@GetMapping("/desa/{regionCode}")
	String village(@PathVariable String regionCode, Model model) {
		if (!RegionCode.isValid(regionCode)) {
			throw new NotFoundException("village.notFound", regionCode);
		}
		model.addAttribute("village", this.villages.publicVillage(regionCode));
		return "village/public-village";
	}

	@GetMapping("/verifikasi/{code}")
	String verify(@PathVariable String code, Model model) {
		DesignationView designation = this.villages.verify(code)
			.orElseThrow(() -> new NotFoundException("village.verify.unknown"));
		model.addAttribute("village", designation);
		model.addAttribute("verdict", verdict(designation.state()));
		return "village/verify";
	}

	static String verdict(DesignationState state) {
		return switch (state) {
			case DESIGNATED -> "VALID";
			case SUSPENDED -> "SUSPENDED";
			default -> "ENDED";
		};
	}

	private static String validCode(String code, int depth) {
		if (code == null || code.isBlank() || !RegionCode.isValid(code.strip())) {
			return null;
		}
		return (RegionCode.of(code.strip()).depth() == depth) ? code.strip() : null;
	}

}
