package id.desabinaan.village.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.ScopeLevel;
import id.desabinaan.village.internal.AppointmentDecree;
import id.desabinaan.village.internal.OfficerService;
import id.desabinaan.village.internal.OfficerService.AppointmentView;
import id.desabinaan.village.internal.OfficerService.OfficeOfficers;
import id.desabinaan.village.internal.VillageService;

/**
 * PIMPASA appointments: appointing an officer to a village and ending an appointment
 * (under {@code /app/desa/{id}/petugas}), the officers of an office with their villages
 * and the rotation of an officer to a successor (under {@code /app/pimpasa}). Changes are
 * refused (403) before their input is read.
 */
@Controller
class OfficerController {

	private final OfficerService officers;

	private final VillageService villages;

	OfficerController(OfficerService officers, VillageService villages) {
		this.officers = officers;
		this.villages = villages;
	}

	@GetMapping("/app/desa/{id}/petugas/baru")
	String appointForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		requireAppoint(user, id);
		AppointForm form = new AppointForm();
		form.setStartDate(this.officers.today(this.villages.viewFor(user, id).officeId()).toString());
		return showAppoint(user, id, form, model);
	}

	@PostMapping("/app/desa/{id}/petugas/baru")
	String appoint(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("appointForm") AppointForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireAppoint(user, id);
		long accountId = VillageForms.required(form.getOfficer(), "officer", binding);
		LocalDate decreeDate = VillageForms.date(form.getDecreeDate(), "decreeDate", binding);
		LocalDate start = VillageForms.date(form.getStartDate(), "startDate", binding);
		if (VillageForms.attempt(binding, () -> this.officers.appoint(user, id, accountId,
				new AppointmentDecree(form.getDecreeNumber(), decreeDate), start, form.getContact()))) {
			redirect.addFlashAttribute("flash", "village.flash.appointed");
			return "redirect:/app/desa/" + id + "#officers";
		}
		return showAppoint(user, id, form, model);
	}

	@GetMapping("/app/desa/{id}/petugas/{appointment}/akhiri")
	String endForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long appointment,
			Model model) {
		requireAppoint(user, id);
		CloseForm form = new CloseForm();
		form.setDate(this.officers.today(this.villages.viewFor(user, id).officeId()).toString());
		return showEnd(user, id, appointment, form, model);
	}

	@PostMapping("/app/desa/{id}/petugas/{appointment}/akhiri")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long appointment,
			@ModelAttribute("closeForm") CloseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireAppoint(user, id);
		AppointmentView view = appointment(user, id, appointment);
		LocalDate date = VillageForms.date(form.getDate(), "date", binding);
		if (VillageForms.attempt(binding, () -> this.officers.end(user, view.id(), date, form.getReason()))) {
			redirect.addFlashAttribute("flash", "village.flash.appointmentEnded");
			return "redirect:/app/desa/" + id + "#officers";
		}
		return showEnd(user, id, appointment, form, model);
	}

	@GetMapping("/app/pimpasa")
	String officers(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long office,
			Model model) {
		List<OfficeSummary> offices = this.officers.officesFor(user);
		model.addAttribute("offices", offices);
		OfficeSummary chosen = chosenOffice(user, offices, office);
		model.addAttribute("page", (chosen != null) ? this.officers.officersOfOffice(user, chosen.id()) : null);
		return "village/officers";
	}

	@GetMapping("/app/pimpasa/rotasi")
	String rotationForm(@AuthenticationPrincipal CurrentUser user, @RequestParam long office, Model model) {
		OfficeOfficers page = requireRotate(user, office);
		RotationForm form = new RotationForm();
		form.setDate(page.today().toString());
		return showRotation(page, form, model);
	}

	@PostMapping("/app/pimpasa/rotasi")
	String rotate(@AuthenticationPrincipal CurrentUser user, @RequestParam long office,
			@ModelAttribute("rotationForm") RotationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		OfficeOfficers page = requireRotate(user, office);
		long from = VillageForms.required(form.getFrom(), "from", binding);
		long to = VillageForms.required(form.getTo(), "to", binding);
		LocalDate date = VillageForms.date(form.getDate(), "date", binding);
		LocalDate decreeDate = VillageForms.date(form.getDecreeDate(), "decreeDate", binding);
		boolean newDecree = (form.getDecreeNumber() != null && !form.getDecreeNumber().isBlank()) || decreeDate != null;
		if (VillageForms.attempt(binding, () -> this.officers.rotate(user, office, from, to, date,
				newDecree ? new AppointmentDecree(form.getDecreeNumber(), decreeDate) : null, form.getContact()))) {
			redirect.addFlashAttribute("flash", "village.flash.rotated");
			return "redirect:/app/pimpasa?office=" + office;
		}
		return showRotation(page, form, model);
	}

	private String showAppoint(CurrentUser user, long id, AppointForm form, Model model) {
		model.addAttribute("village", this.villages.viewFor(user, id));
		model.addAttribute("candidates", this.officers.candidates(user, id));
		model.addAttribute("appointForm", form);
		return "village/appoint";
	}

	private String showEnd(CurrentUser user, long id, long appointment, CloseForm form, Model model) {
		model.addAttribute("village", this.villages.viewFor(user, id));
		model.addAttribute("appointment", appointment(user, id, appointment));
		model.addAttribute("closeForm", form);
		return "village/appointment-end";
	}

	private String showRotation(OfficeOfficers page, RotationForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("rotationForm", form);
		return "village/rotation";
	}

	private AppointmentView appointment(CurrentUser user, long id, long appointment) {
		return this.officers.appointmentsOf(user, id)
			.stream()
			.filter((candidate) -> candidate.id() == appointment)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("village.appointment.notFound", appointment));
	}

	private void requireAppoint(CurrentUser user, long id) {
		if (!this.officers.mayAppoint(user, id)) {
			throw new AccessDeniedException("This account may not appoint officers to this village");
		}
	}

	private OfficeOfficers requireRotate(CurrentUser user, long office) {
		OfficeOfficers page = this.officers.officersOfOffice(user, office);
		if (!page.mayRotate()) {
			throw new AccessDeniedException("This account may not rotate the office's officers");
		}
		return page;
	}

	/**
	 * Office staff see their own Kanim; others the chosen one or the first they cover.
	 */
	private static OfficeSummary chosenOffice(CurrentUser user, List<OfficeSummary> offices, Long office) {
		if (user.scope().level() == ScopeLevel.OFFICE) {
			if (office != null && !office.equals(user.scope().officeId())) {
				throw new AccessDeniedException("Another office's officers");
			}
			return offices.stream().filter((o) -> o.id() == user.scope().officeId()).findFirst().orElse(null);
		}
		if (office != null) {
			return offices.stream()
				.filter((o) -> o.id() == office)
				.findFirst()
				.orElseThrow(() -> new AccessDeniedException("Office outside the account's scope"));
		}
		return offices.isEmpty() ? null : offices.get(0);
	}

}
