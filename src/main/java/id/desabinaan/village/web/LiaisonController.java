package id.desabinaan.village.web;

import java.time.LocalDate;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.village.internal.LiaisonRole;
import id.desabinaan.village.internal.LiaisonService;
import id.desabinaan.village.internal.LiaisonService.LiaisonView;
import id.desabinaan.village.internal.VillageService;

/**
 * Village liaisons under {@code /app/desa/{id}/penghubung}: adding one, ending a term and
 * giving a liaison a VILLAGE_OFFICIAL account. Refused (403) before the input is read for
 * anyone who does not administer the Kanim's programme.
 */
@Controller
@RequestMapping("/app/desa/{id}/penghubung")
class LiaisonController {

	private final LiaisonService liaisons;

	private final VillageService villages;

	LiaisonController(LiaisonService liaisons, VillageService villages) {
		this.liaisons = liaisons;
		this.villages = villages;
	}

	@GetMapping("/baru")
	String addForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		requireManager(user, id);
		return showAdd(user, id, new LiaisonForm(), model);
	}

	@PostMapping("/baru")
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("liaisonForm") LiaisonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireManager(user, id);
		LiaisonRole role = role(form.getRole(), binding);
		LocalDate from = VillageForms.date(form.getTermFrom(), "termFrom", binding);
		LocalDate until = VillageForms.date(form.getTermUntil(), "termUntil", binding);
		if (VillageForms.attempt(binding,
				() -> this.liaisons.add(user, id, role, form.getName(), form.getPhone(), from, until))) {
			redirect.addFlashAttribute("flash", "village.flash.liaisonAdded");
			return "redirect:/app/desa/" + id + "#liaisons";
		}
		return showAdd(user, id, form, model);
	}

	@GetMapping("/{liaison}/akhiri")
	String endForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long liaison,
			Model model) {
		requireManager(user, id);
		return showEnd(user, id, liaison(user, id, liaison), new CloseForm(), model);
	}

	@PostMapping("/{liaison}/akhiri")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long liaison,
			@ModelAttribute("closeForm") CloseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireManager(user, id);
		LiaisonView view = liaison(user, id, liaison);
		LocalDate date = VillageForms.date(form.getDate(), "date", binding);
		if (VillageForms.attempt(binding, () -> this.liaisons.endTerm(user, view.id(), date, form.getReason()))) {
			redirect.addFlashAttribute("flash", "village.flash.liaisonEnded");
			return "redirect:/app/desa/" + id + "#liaisons";
		}
		return showEnd(user, id, view, form, model);
	}

	@GetMapping("/{liaison}/akun")
	String accountForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long liaison,
			Model model) {
		requireManager(user, id);
		return showAccount(user, id, liaison(user, id, liaison), new LiaisonAccountForm(), model);
	}

	@PostMapping("/{liaison}/akun")
	String giveAccount(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long liaison,
			@ModelAttribute("liaisonAccountForm") LiaisonAccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireManager(user, id);
		LiaisonView view = liaison(user, id, liaison);
		if (VillageForms.attempt(binding, () -> this.liaisons.giveAccount(user, view.id(), form.getUsername(),
				form.getLanguage(), form.getInitialPassword()))) {
			redirect.addFlashAttribute("flash", "village.flash.liaisonAccount");
			return "redirect:/app/desa/" + id + "#liaisons";
		}
		return showAccount(user, id, view, form, model);
	}

	private String showAdd(CurrentUser user, long id, LiaisonForm form, Model model) {
		model.addAttribute("village", this.villages.viewFor(user, id));
		model.addAttribute("roles", LiaisonRole.values());
		model.addAttribute("liaisonForm", form);
		return "village/liaison-add";
	}

	private String showEnd(CurrentUser user, long id, LiaisonView liaison, CloseForm form, Model model) {
		model.addAttribute("village", this.villages.viewFor(user, id));
		model.addAttribute("liaison", liaison);
		model.addAttribute("closeForm", form);
		return "village/liaison-end";
	}

	private String showAccount(CurrentUser user, long id, LiaisonView liaison, LiaisonAccountForm form, Model model) {
		model.addAttribute("village", this.villages.viewFor(user, id));
		model.addAttribute("liaison", liaison);
		model.addAttribute("liaisonAccountForm", form);
		return "village/liaison-account";
	}

	private LiaisonView liaison(CurrentUser user, long id, long liaison) {
		return this.liaisons.liaisonsOf(user, id)
			.stream()
			.filter((candidate) -> candidate.id() == liaison)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("village.liaison.notFound", liaison));
	}

	private void requireManager(CurrentUser user, long id) {
		if (!this.liaisons.mayManage(user, id)) {
			throw new AccessDeniedException("This account may not manage the village's liaisons");
		}
	}

	private static LiaisonRole role(String value, BindingResult binding) {
		try {
			return (value == null || value.isBlank()) ? null : LiaisonRole.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			binding.rejectValue("role", "village.error.choose", "village.error.choose");
			return null;
		}
	}

}
