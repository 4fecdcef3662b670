package id.desabinaan.account.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.account.AccountProfile;
import id.desabinaan.account.AccountProfile.Profile;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The signed-in user's own account: password and language ({@code /app/akun}). */
@Controller
@RequestMapping("/app/akun")
class ProfileController {

	private final AccountProfile profiles;

	private final LocaleResolver localeResolver;

	ProfileController(AccountProfile profiles, LocaleResolver localeResolver) {
		this.profiles = profiles;
		this.localeResolver = localeResolver;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		Profile profile = this.profiles.view(user);
		model.addAttribute("passwordForm", new PasswordForm());
		LanguageForm languageForm = new LanguageForm();
		languageForm.setLanguage(profile.language());
		model.addAttribute("languageForm", languageForm);
		return page(profile, model);
	}

	@PostMapping("/sandi")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("passwordForm") PasswordForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Profile profile = this.profiles.view(user);
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())
				&& !binding.hasFieldErrors("confirmPassword")) {
			binding.rejectValue("confirmPassword", "account.confirmPassword.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				this.profiles.changePassword(user, form.getCurrentPassword(), form.getNewPassword());
				redirect.addFlashAttribute("flash", "account.password.changed");
				return "redirect:/app/akun";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		LanguageForm languageForm = new LanguageForm();
		languageForm.setLanguage(profile.language());
		model.addAttribute("languageForm", languageForm);
		return page(profile, model);
	}

	@PostMapping("/bahasa")
	String changeLanguage(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("languageForm") LanguageForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				Locale language = this.profiles.changeLanguage(user, form.getLanguage());
				this.localeResolver.setLocale(request, response, language);
				redirect.addFlashAttribute("flash", "account.language.changed");
				return "redirect:/app/akun";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		model.addAttribute("passwordForm", new PasswordForm());
		return page(this.profiles.view(user), model);
	}

	private static String page(Profile profile, Model model) {
		model.addAttribute("profile", profile);
		return "account/profile";
	}

}
