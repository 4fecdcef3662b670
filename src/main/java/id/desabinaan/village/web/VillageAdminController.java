package id.desabinaan.village.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.internal.DesignationState;
import id.desabinaan.village.internal.DesignationView;
import id.desabinaan.village.internal.PartnerVillage.Decree;
import id.desabinaan.village.internal.CriterionService;
import id.desabinaan.village.internal.DelegationService;
import id.desabinaan.village.internal.LiaisonService;
import id.desabinaan.village.internal.OfficerService;
import id.desabinaan.village.internal.VillageService;
import id.desabinaan.village.internal.VillageService.Permissions;

/**
 * Staff pages of the partner villages under {@code /app/desa}. Who may do what is decided
 * by {@link VillageService}; this controller refuses a change before reading its input
 * (403 first), and shows bad input again next to its field.
 */
@Controller
@RequestMapping("/app/desa")
class VillageAdminController {

	private final VillageService villages;

	private final RegionPicker picker;

	private final CriterionService criteria;

	private final OfficerService officers;

	private final LiaisonService liaisons;

	private final DelegationService delegations;

	VillageAdminController(VillageService villages, RegionPicker picker, CriterionService criteria,
			OfficerService officers, LiaisonService liaisons, DelegationService delegations) {
		this.delegations = delegations;
		this.villages = villages;
		this.picker = picker;
		this.criteria = criteria;
		this.officers = officers;
		this.liaisons = liaisons;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String state, Model model) {
		DesignationState chosen = parseState(state);
		model.addAttribute("villages", this.villages.listFor(user, chosen));
		model.addAttribute("states", DesignationState.values());
		model.addAttribute("state", chosen);
		model.addAttribute("mayPropose", this.villages.mayPropose(user));
		model.addAttribute("mayDelegate", this.delegations.mayManage(user));
		model.addAttribute("mayEditCriteria", this.criteria.mayEdit(user));
		model.addAttribute("seesOfficers", user.role().isStaff());
		return "village/admin-list";
	}

	@GetMapping("/baru")
	String proposeForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireProposer(user);
		return showPropose(new ProposeForm(), RegionChoice.empty(), model);
	}

	@PostMapping("/baru")
	String propose(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("proposeForm") ProposeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireProposer(user);
		RegionChoice choice = this.picker.resolve(form.getVillage(), form.getVillageQuery(), RegionLevel.VILLAGE)
			.required();
		long[] created = new long[1];
		if (choice.isResolved() && VillageForms.attempt(binding, () -> created[0] = this.villages.propose(user,
				choice.code(), form.getCriteria(), form.getOtherCriterion(), form.getNote()))) {
			redirect.addFlashAttribute("flash", "village.flash.proposed");
			return "redirect:/app/desa/" + created[0];
		}
		return showPropose(form, choice, model);
	}

	@GetMapping("/{id}")
	String view(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("village", this.villages.viewFor(user, id));
		model.addAttribute("may", this.villages.permissionsFor(user, id));
		model.addAttribute("appointments", this.officers.appointmentsOf(user, id));
		model.addAttribute("mayAppoint", this.officers.mayAppoint(user, id));
		boolean seesLiaisons = this.liaisons.mayRead(user, id);
		model.addAttribute("seesLiaisons", seesLiaisons);
		model.addAttribute("liaisons", seesLiaisons ? this.liaisons.liaisonsOf(user, id) : List.of());
		model.addAttribute("mayManageLiaisons", this.liaisons.mayManage(user, id));
		return "village/admin-view";
	}

	@GetMapping("/{id}/tetapkan")
	String designateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		requireMay(user, id);
		model.addAttribute("designateForm", new DesignateForm());
		model.addAttribute("village", this.villages.viewFor(user, id));
		return "village/admin-designate";
	}

	@PostMapping("/{id}/tetapkan")
	String designate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("designateForm") DesignateForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireMay(user, id);
		LocalDate decreeDate = VillageForms.date(form.getDecreeDate(), "decreeDate", binding);
		LocalDate ceremonyDate = VillageForms.date(form.getCeremonyDate(), "ceremonyDate", binding);
		if (VillageForms.attempt(binding,
				() -> this.villages.designate(user, id,
						new Decree(form.getDecreeNumber(), decreeDate, form.getSigningOfficial(), ceremonyDate,
								form.getCeremonyPlace(), VillageForms.guests(form.getGuests()))))) {
			redirect.addFlashAttribute("flash", "village.flash.designated");
			return "redirect:/app/desa/" + id;
		}
		model.addAttribute("village", this.villages.viewFor(user, id));
		return "village/admin-designate";
	}

	@GetMapping("/{id}/tangguhkan")
	String suspendForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		requireMay(user, id);
		return showClose(user, id, new CloseForm(), "suspend", model);
	}

	@PostMapping("/{id}/tangguhkan")
	String suspend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("closeForm") CloseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return close(user, id, form, binding, model, redirect, "suspend", "village.flash.suspended",
				(reason, date) -> this.villages.suspend(user, id, reason, date));
	}

	@PostMapping("/{id}/lanjutkan")
	String resume(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		requireMay(user, id);
		try {
			this.villages.resume(user, id, null);
			redirect.addFlashAttribute("flash", "village.flash.resumed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageCode());
			redirect.addFlashAttribute("flashArgs", ex.getArguments());
		}
		return "redirect:/app/desa/" + id;
	}

	@GetMapping("/{id}/akhiri")
	String endForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		requireMay(user, id);
		return showClose(user, id, new CloseForm(), "end", model);
	}

	@PostMapping("/{id}/akhiri")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("closeForm") CloseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return close(user, id, form, binding, model, redirect, "end", "village.flash.ended",
				(reason, date) -> this.villages.end(user, id, reason, date));
	}

	/** Suspending and ending share their form: a reason and a date. */
	private String close(CurrentUser user, long id, CloseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, String mode, String flash, BiConsumer<String, LocalDate> change) {
		requireMay(user, id);
		LocalDate date = VillageForms.date(form.getDate(), "date", binding);
		if (VillageForms.attempt(binding, () -> change.accept(form.getReason(), date))) {
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/app/desa/" + id;
		}
		return showClose(user, id, form, mode, model);
	}

	private String showPropose(ProposeForm form, RegionChoice choice, Model model) {
		model.addAttribute("proposeForm", form);
		model.addAttribute("villageChoice", choice);
		model.addAttribute("criteria", this.criteria.active());
		return "village/admin-propose";
	}

	private String showClose(CurrentUser user, long id, CloseForm form, String kind, Model model) {
		DesignationView village = this.villages.viewFor(user, id);
		model.addAttribute("village", village);
		model.addAttribute("closeForm", form);
		model.addAttribute("kind", kind);
		model.addAttribute("action",
				"suspend".equals(kind) ? "/app/desa/" + id + "/tangguhkan" : "/app/desa/" + id + "/akhiri");
		return "village/admin-close";
	}

	private void requireProposer(CurrentUser user) {
		if (!this.villages.mayPropose(user)) {
			throw new AccessDeniedException("Only an office head or an administrator proposes partner villages");
		}
	}

	/**
	 * Refuses anyone who may not change this designation; a change that does not fit the
	 * state is refused by the service and named on the form.
	 */
	private void requireMay(CurrentUser user, long id) {
		Permissions may = this.villages.permissionsFor(user, id);
		if (!(may.designate() || may.suspend() || may.resume() || may.end())) {
			throw new AccessDeniedException("This role may not change the designation");
		}
	}

	private static DesignationState parseState(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return DesignationState.valueOf(state);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
