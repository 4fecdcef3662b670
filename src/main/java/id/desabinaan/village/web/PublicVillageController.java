package id.desabinaan.village.web;

import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
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
import id.desabinaan.village.Mentoring;
import id.desabinaan.village.VillageOutreach;
import id.desabinaan.village.VillageOutreach.UpcomingActivity;
import id.desabinaan.village.internal.DesignationState;
import id.desabinaan.village.internal.DesignationView;
import id.desabinaan.village.internal.OfficeTime;
import id.desabinaan.village.internal.OfficerService;
import id.desabinaan.village.internal.VillageService;

/**
 * Public pages: the list of partner villages ({@code /desa}), one village
 * ({@code /desa/{regionCode}}) and the certificate verification
 * ({@code /verifikasi/{code}}). No session, no account. The village page shows the
 * officers appointed today (name and the contact entered for publication) and, when the
 * outreach module provides {@link VillageOutreach}, upcoming activities and totals.
 */
@Controller
class PublicVillageController {

	/** How many upcoming activities the village page lists. */
	static final int UPCOMING = 5;

	private final VillageService villages;

	private final RegionDirectory regions;

	private final OfficeDirectory offices;

	private final Mentoring mentoring;

	private final OfficerService officers;

	private final ObjectProvider<VillageOutreach> outreach;

	PublicVillageController(VillageService villages, RegionDirectory regions, OfficeDirectory offices,
			Mentoring mentoring, OfficerService officers, ObjectProvider<VillageOutreach> outreach) {
		this.villages = villages;
		this.regions = regions;
		this.offices = offices;
		this.mentoring = mentoring;
		this.officers = officers;
		this.outreach = outreach;
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
		DesignationView village = this.villages.publicVillage(regionCode);
		model.addAttribute("village", village);
		model.addAttribute("officers",
				this.mentoring.officersOf(village.id(), this.officers.today(village.officeId())));
		VillageOutreach outreach = this.outreach.getIfUnique();
		model.addAttribute("upcoming", (outreach != null)
				? outreach.upcoming(village.id(), UPCOMING).stream().map(Upcoming::of).toList() : null);
		model.addAttribute("totals", (outreach != null) ? outreach.totals(village.id()) : null);
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

	/**
	 * An upcoming activity with the name of its time zone (WIB, WITA or WIT).
	 *
	 * @param startsAt when it starts, in the office's time zone
	 * @param zoneLabel WIB, WITA or WIT
	 * @param typeMessageKey message key of the activity type's name
	 * @param title the activity's title
	 * @param place where it takes place
	 */
	public record Upcoming(ZonedDateTime startsAt, String zoneLabel, String typeMessageKey, String title,
			String place) {

		static Upcoming of(UpcomingActivity activity) {
			return new Upcoming(activity.startsAt(), OfficeTime.label(activity.startsAt().getZone().getId()),
					activity.typeMessageKey(), activity.title(), activity.place());
		}

	}

}
