package id.desabinaan.account.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.desabinaan.account.AccountProfile;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;

/**
 * The staff home after sign-in ({@code /app}): who you are, the territory you work in (a
 * village official sees his own village and its serving office; office staff their
 * office's working area) and the pages your role may open.
 */
@Controller
class StaffHomeController {

	private final AccountProfile profiles;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	StaffHomeController(AccountProfile profiles, OfficeDirectory offices, RegionDirectory regions) {
		this.profiles = profiles;
		this.offices = offices;
		this.regions = regions;
	}

	@GetMapping("/app")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		Scope scope = user.scope();
		model.addAttribute("profile", this.profiles.view(user));
		if (scope.villageCode() != null) {
			RegionCode village = RegionCode.of(scope.villageCode());
			model.addAttribute("village", this.regions.find(village).orElse(null));
			model.addAttribute("servingOffice", this.offices.servingOffice(village).orElse(null));
		}
		if (scope.officeId() != null) {
			model.addAttribute("office", this.offices.find(scope.officeId()).orElse(null));
			model.addAttribute("workingArea", workingArea(scope.officeId()));
		}
		return "account/home";
	}

	/** The kabupaten/kota of a Kanim's working area, or of every Kanim below a Kanwil. */
	private List<RegionSummary> workingArea(long officeId) {
		return this.offices.selfAndDescendants(officeId)
			.stream()
			.flatMap((id) -> this.offices.workingArea(id).stream())
			.sorted()
			.map((code) -> this.regions.find(RegionCode.of(code)))
			.flatMap(Optional::stream)
			.toList();
	}

}
