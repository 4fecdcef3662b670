package id.desabinaan.account.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.account.SignInService;
import id.desabinaan.account.SignInStep;
import id.desabinaan.account.TotpService;
import id.desabinaan.account.TotpService.Status;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RuleViolationException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * TOTP enrolment for staff ({@code /app/akun/2fa}): secret and QR code, confirmation with
 * a code, and turning it off when the role does not require it. Also the page a session
 * is held on when its role requires TOTP and it has none yet.
 */
@Controller
@RequestMapping("/app/akun/2fa")
class TotpController {

	private final TotpService totp;

	private final SignInService signIn;

	private final SessionSignIn sessions;

	TotpController(TotpService totp, SignInService signIn, SessionSignIn sessions) {
		this.totp = totp;
		this.signIn = signIn;
		this.sessions = sessions;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Authentication authentication, Model model) {
		model.addAttribute("codeForm", new CodeForm());
		model.addAttribute("disableForm", new DisableForm());
		return page(user, authentication, model);
	}

	@PostMapping
	String confirm(@AuthenticationPrincipal CurrentUser user, Authentication authentication,
			@Validated @ModelAttribute("codeForm") CodeForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				if (this.totp.confirmEnrolment(user, form.getCode())) {
					redirect.addFlashAttribute("flash", "account.totp.enabled");
					if (SignInStep.pendingIn(authentication).isPresent()) {
						this.signIn.recordLogin(user, "totp-enrolment");
						return "redirect:" + this.sessions.complete(user, request, response);
					}
					return "redirect:/app/akun/2fa";
				}
				binding.rejectValue("code", "account.code.wrong");
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		model.addAttribute("disableForm", new DisableForm());
		return page(user, authentication, model);
	}

	@PostMapping("/nonaktif")
	String disable(@AuthenticationPrincipal CurrentUser user, Authentication authentication,
			@ModelAttribute("disableForm") DisableForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			if (this.totp.disable(user, (form.getCurrentPassword() != null) ? form.getCurrentPassword() : "")) {
				redirect.addFlashAttribute("flash", "account.totp.disabled");
			}
			return "redirect:/app/akun/2fa";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(binding, ex);
		}
		model.addAttribute("codeForm", new CodeForm());
		return page(user, authentication, model);
	}

	private String page(CurrentUser user, Authentication authentication, Model model) {
		Status status = this.totp.status(user);
		model.addAttribute("status", status);
		model.addAttribute("enrolmentRequired", SignInStep.pendingIn(authentication).isPresent());
		if (!status.enabled()) {
			model.addAttribute("enrolment", this.totp.startEnrolment(user));
		}
		return "account/totp";
	}

	/** Turning TOTP off needs the current password. */
	static class DisableForm {

		private String currentPassword;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

	}

}
