package id.desabinaan.account.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.account.SecuritySettings;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.Role;

/** SYSTEM_ADMIN's security settings: which roles must use TOTP. */
@Controller
@RequestMapping("/app/admin/keamanan")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class SecurityPolicyController {

	private final SecuritySettings settings;

	SecurityPolicyController(SecuritySettings settings) {
		this.settings = settings;
	}

	@GetMapping
	public String show(Model model) {
		model.addAttribute("policies", this.settings.list());
		return "account/security";
	}

	@PostMapping
	public String save(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "totpRequired", required = false) List<String> totpRequired, Model model,
			RedirectAttributes redirect) {
		List<String> chosen = (totpRequired != null) ? totpRequired : List.of();
		Map<Role, Boolean> required = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			required.put(role, chosen.contains(role.name()));
		}
		try {
			this.settings.requireTotp(user, required);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("policies", this.settings.list());
			model.addAttribute("error", ex.getMessageCode());
			return "account/security";
		}
		redirect.addFlashAttribute("flash", "account.policy.saved");
		return "redirect:/app/admin/keamanan";
	}

}
