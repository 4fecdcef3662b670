package id.desabinaan.account;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import id.desabinaan.shared.CurrentUser;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After the right password: switch the session to the account's language, then send the
 * user to the step he still owes (TOTP code or enrolment), or to the page he asked for,
 * or to the staff home {@code /app}.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SignInService signIn;

	private final LocaleResolver localeResolver;

	SignInSuccessHandler(SignInService signIn, LocaleResolver localeResolver) {
		this.signIn = signIn;
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/app");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		this.localeResolver.setLocale(request, response, this.signIn.preferredLanguage(user));
		Optional<SignInStep> step = SignInStep.pendingIn(authentication);
		if (step.isPresent()) {
			getRedirectStrategy().sendRedirect(request, response, step.get().page());
			return;
		}
		this.signIn.recordLogin(user, "password");
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
