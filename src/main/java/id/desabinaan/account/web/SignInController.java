package id.desabinaan.account.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.account.SignInService;
import id.desabinaan.account.SignInService.CodeOutcome;
import id.desabinaan.account.SignInStep;
import id.desabinaan.shared.CurrentUser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in page ({@code /masuk}; the form posts to Spring Security) and the TOTP code
 * step ({@code /masuk/kode}).
 */
@Controller
class SignInController {

	private final SignInService signIn;

	private final SessionSignIn sessions;

	SignInController(SignInService signIn, SessionSignIn sessions) {
		this.signIn = signIn;
		this.sessions = sessions;
	}

	@GetMapping("/masuk")
	String signInPage(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "keluar", required = false) String signedOut, Authentication authentication,
			Model model) {
		if (error == null && signedOut == null && this.sessions.isComplete(authentication)) {
			return "redirect:/app";
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		return "account/login";
	}

	@GetMapping("/masuk/kode")
	String codePage(Authentication authentication, Model model) {
		String elsewhere = elsewhere(authentication);
		if (elsewhere != null) {
			return elsewhere;
		}
		model.addAttribute("codeForm", new CodeForm());
		return "account/code";
	}

	@PostMapping("/masuk/kode")
	String submitCode(@Validated @ModelAttribute("codeForm") CodeForm form, BindingResult binding,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		String elsewhere = elsewhere(authentication);
		if (elsewhere != null) {
			return elsewhere;
		}
		if (binding.hasErrors()) {
			return "account/code";
		}
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		CodeOutcome outcome = this.signIn.verifyCode(user, form.getCode());
		return switch (outcome) {
			case ACCEPTED -> "redirect:" + this.sessions.complete(user, request, response);
			case REFUSED -> {
				binding.rejectValue("code", "account.code.wrong");
				yield "account/code";
			}
			case SIGNED_OUT -> {
				this.sessions.signOut(request, response);
				yield "redirect:/masuk?error";
			}
		};
	}

	/** Where to send a session that has no TOTP code step pending, or null. */
	private String elsewhere(Authentication authentication) {
		if (SignInStep.pendingIn(authentication).filter((step) -> step == SignInStep.TOTP_CODE).isPresent()) {
			return null;
		}
		return this.sessions.isComplete(authentication) ? "redirect:/app" : "redirect:/masuk";
	}

}
