package id.desabinaan.account;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import id.desabinaan.account.SignInService.PasswordOutcome;

/**
 * Username and password sign-in (the form at {@code /masuk} and HTTP basic for metrics).
 * Every refusal is the same {@link BadCredentialsException}, so that nobody learns
 * whether an account exists or is locked. An account with a pending step (TOTP) gets a
 * session that holds only that step's authority.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final SignInService signIn;

	AccountAuthenticationProvider(SignInService signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Object credentials = authentication.getCredentials();
		PasswordOutcome outcome = this.signIn.checkPassword(authentication.getName(),
				(credentials != null) ? credentials.toString() : "");
		if (outcome.refused()) {
			throw new BadCredentialsException("Bad credentials");
		}
		Authentication result = (outcome.pendingStep() != null) ? outcome.pendingStep().pendingFor(outcome.user())
				: SignInStep.completed(outcome.user());
		((AbstractAuthenticationToken) result).setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
