package id.desabinaan.outreach.web;

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

import id.desabinaan.outreach.ReferenceItem;
import id.desabinaan.outreach.ReferenceKind;
import id.desabinaan.outreach.ReferenceLists;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;

/**
 * The editable reference lists of outreach (partner institutions, topics) under
 * {@code /app/kegiatan/referensi}: SYSTEM_ADMIN only.
 */
@Controller
@RequestMapping("/app/kegiatan/referensi")
class ReferenceListController {

	private final ReferenceLists lists;

	ReferenceListController(ReferenceLists lists) {
		this.lists = lists;
	}

	@GetMapping
	String lists(@AuthenticationPrincipal CurrentUser user, Model model) {
		return show(user, new ReferenceForm(), model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("referenceForm") ReferenceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireEditor(user);
		ReferenceKind kind = kind(form, binding);
		Integer position = position(form, binding);
		if (!binding.hasErrors() && FormErrors.attempt(binding,
				() -> this.lists.add(user, kind, form.getNameId(), form.getNameEn(), form.isNeedsText(), position))) {
			return saved(redirect);
		}
		return show(user, form, model);
	}

	@GetMapping("/{id}")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		requireEditor(user);
		model.addAttribute("entry", entry(user, id));
		model.addAttribute("referenceForm", ReferenceForm.of(entry(user, id)));
		return "outreach/reference-edit";
	}

	@PostMapping("/{id}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("referenceForm") ReferenceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireEditor(user);
		ReferenceItem entry = entry(user, id);
		Integer position = position(form, binding);
		if (!binding.hasErrors() && FormErrors.attempt(binding, () -> this.lists.change(user, id, form.getNameId(),
				form.getNameEn(), form.isNeedsText(), position, form.isActive()))) {
			return saved(redirect);
		}
		model.addAttribute("entry", entry);
		return "outreach/reference-edit";
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "outreach.flash.referenceSaved");
		return "redirect:/app/kegiatan/referensi";
	}

	private String show(CurrentUser user, ReferenceForm form, Model model) {
		requireEditor(user);
		model.addAttribute("institutions", this.lists.entries(user, ReferenceKind.INSTITUTION));
		model.addAttribute("topics", this.lists.entries(user, ReferenceKind.TOPIC));
		model.addAttribute("kinds", ReferenceKind.values());
		model.addAttribute("referenceForm", form);
		return "outreach/references";
	}

	private ReferenceItem entry(CurrentUser user, long id) {
		for (ReferenceKind kind : ReferenceKind.values()) {
			for (ReferenceItem item : this.lists.entries(user, kind)) {
				if (item.id() == id) {
					return item;
				}
			}
		}
		throw new NotFoundException("outreach.reference.notFound", id);
	}

	private static ReferenceKind kind(ReferenceForm form, BindingResult binding) {
		try {
			return ReferenceKind.valueOf(String.valueOf(form.getKind()));
		}
		catch (IllegalArgumentException ex) {
			binding.rejectValue("kind", "outreach.error.required", "outreach.error.required");
			return null;
		}
	}

	private static Integer position(ReferenceForm form, BindingResult binding) {
		String value = (form.getPosition() != null) ? form.getPosition().strip() : "";
		if (!value.matches("\\d{1,4}")) {
			binding.rejectValue("position", "outreach.reference.error.position", "outreach.reference.error.position");
			return null;
		}
		return Integer.valueOf(value);
	}

	private void requireEditor(CurrentUser user) {
		if (!this.lists.mayEdit(user)) {
			throw new AccessDeniedException("Only an administrator edits the reference lists");
		}
	}

}
