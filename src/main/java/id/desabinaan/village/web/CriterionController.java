package id.desabinaan.village.web;

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
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.internal.CriterionService;

/**
 * {@code /app/desa/kriteria}: SYSTEM_ADMIN adds, renames, reorders, retires and
 * reactivates the selection criteria.
 */
@Controller
@RequestMapping("/app/desa/kriteria")
class CriterionController {

	private final CriterionService criteria;

	CriterionController(CriterionService criteria) {
		this.criteria = criteria;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireAdmin(user);
		model.addAttribute("criteria", this.criteria.all());
		return "village/criteria";
	}

	@GetMapping("/baru")
	String addForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireAdmin(user);
		return show(new CriterionForm(), true, model);
	}

	@PostMapping("/baru")
	String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("criterionForm") CriterionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireAdmin(user);
		int position = position(form, binding);
		if (VillageForms.attempt(binding,
				() -> this.criteria.add(user, form.getCode(), form.getNameId(), form.getNameEn(), position))) {
			redirect.addFlashAttribute("flash", "village.flash.criterionSaved");
			return "redirect:/app/desa/kriteria";
		}
		return show(form, true, model);
	}

	@GetMapping("/{code}")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
		requireAdmin(user);
		return show(CriterionForm.of(this.criteria.get(user, code)), false, model);
	}

	@PostMapping("/{code}")
	String rename(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@ModelAttribute("criterionForm") CriterionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireAdmin(user);
		form.setCode(this.criteria.get(user, code).code());
		int position = position(form, binding);
		if (VillageForms.attempt(binding,
				() -> this.criteria.rename(user, code, form.getNameId(), form.getNameEn(), position))) {
			redirect.addFlashAttribute("flash", "village.flash.criterionSaved");
			return "redirect:/app/desa/kriteria";
		}
		return show(form, false, model);
	}

	@PostMapping("/{code}/pensiun")
	String retire(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, RedirectAttributes redirect) {
		return setActive(user, code, false, redirect);
	}

	@PostMapping("/{code}/aktifkan")
	String reactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			RedirectAttributes redirect) {
		return setActive(user, code, true, redirect);
	}

	private String setActive(CurrentUser user, String code, boolean active, RedirectAttributes redirect) {
		requireAdmin(user);
		try {
			this.criteria.setActive(user, code, active);
			redirect.addFlashAttribute("flash",
					active ? "village.flash.criterionReactivated" : "village.flash.criterionRetired");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageCode());
			redirect.addFlashAttribute("flashArgs", ex.getArguments());
		}
		return "redirect:/app/desa/kriteria";
	}

	private String show(CriterionForm form, boolean adding, Model model) {
		model.addAttribute("criterionForm", form);
		model.addAttribute("adding", adding);
		return "village/criterion-form";
	}

	/**
	 * The order from the form; a missing or bad one is rejected on its field, one out of
	 * range is left to the criterion's own check.
	 */
	private static int position(CriterionForm form, BindingResult binding) {
		Long position = VillageForms.number(form.getPosition(), "position", binding);
		if (position == null) {
			if (!binding.hasFieldErrors("position")) {
				binding.rejectValue("position", "village.error.required", "village.error.required");
			}
			return 0;
		}
		return (position < 0 || position > Integer.MAX_VALUE) ? -1 : position.intValue();
	}

	private void requireAdmin(CurrentUser user) {
		if (!this.criteria.mayEdit(user)) {
			throw new AccessDeniedException("Only an administrator edits selection criteria");
		}
	}

}
