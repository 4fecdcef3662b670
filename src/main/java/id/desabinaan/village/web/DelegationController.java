package id.desabinaan.village.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.internal.DelegationService;

/**
 * {@code /app/desa/delegasi}: the head of a Kanim (or SYSTEM_ADMIN) grants and revokes
 * the administration of the programme to his OFFICE_STAFF and PIMPASA.
 */
@Controller
@RequestMapping("/app/desa/delegasi")
class DelegationController {

	private final DelegationService delegations;

	DelegationController(DelegationService delegations) {
		this.delegations = delegations;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long office, Model model) {
		return show(user, office, new DelegationForm(), model);
	}

	@PostMapping
	String grant(@AuthenticationPrincipal CurrentUser user, @RequestParam long office,
			@ModelAttribute("delegationForm") DelegationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		this.delegations.of(user, office);
		long accountId = VillageForms.required(form.getAccountId(), "accountId", binding);
		if (VillageForms.attempt(binding, () -> this.delegations.grant(user, office, accountId))) {
			redirect.addFlashAttribute("flash", "village.flash.delegated");
			return "redirect:/app/desa/delegasi?office=" + office;
		}
		return show(user, office, form, model);
	}

	@PostMapping("/{delegation}/cabut")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long delegation, @RequestParam long office,
			RedirectAttributes redirect) {
		this.delegations.revoke(user, delegation);
		redirect.addFlashAttribute("flash", "village.flash.delegationRevoked");
		return "redirect:/app/desa/delegasi?office=" + office;
	}

	private String show(CurrentUser user, Long office, DelegationForm form, Model model) {
		List<OfficeSummary> offices = this.delegations.officesFor(user);
		OfficeSummary chosen = (office == null) ? offices.stream().findFirst().orElse(null)
				: offices.stream()
					.filter((candidate) -> candidate.id() == office)
					.findFirst()
					.orElseThrow(() -> new AccessDeniedException("Another office's delegations"));
		model.addAttribute("offices", offices);
		model.addAttribute("page", (chosen != null) ? this.delegations.of(user, chosen.id()) : null);
		model.addAttribute("delegationForm", form);
		return "village/delegations";
	}

}
