package id.desabinaan.knowledge.article.web;

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

import id.desabinaan.knowledge.article.EditorRights;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * The editor permissions ({@code /app/info/editor}): an office head grants and revokes it
 * for his Kanim's OFFICE_STAFF, a SYSTEM_ADMIN for anyone's, national included.
 */
@Controller
@RequestMapping("/app/info/editor")
class EditorController {

	private final EditorRights rights;

	EditorController(EditorRights rights) {
		this.rights = rights;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		return show(user, new GrantForm(), model);
	}

	@PostMapping
	String grant(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("grantForm") GrantForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		this.rights.grants(user);
		if (FormErrors.attempt(binding, () -> this.rights.grant(user, form.getUsername(), form.isNational()))) {
			redirect.addFlashAttribute("flash", "article.editor.flash.granted");
			return "redirect:/app/info/editor";
		}
		return show(user, form, model);
	}

	@PostMapping("/{id}/cabut")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.rights.revoke(user, id);
		redirect.addFlashAttribute("flash", "article.editor.flash.revoked");
		return "redirect:/app/info/editor";
	}

	private String show(CurrentUser user, GrantForm form, Model model) {
		model.addAttribute("grants", this.rights.grants(user));
		model.addAttribute("grantForm", form);
		model.addAttribute("mayGrantNational", user.hasRole(Role.SYSTEM_ADMIN));
		return "knowledge/article/editors";
	}

	/** Whom to give the permission, and whether national articles are included. */
	public static class GrantForm {

		private String username = "";

		private boolean national;

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public boolean isNational() {
			return this.national;
		}

		public void setNational(boolean national) {
			this.national = national;
		}

	}

}
