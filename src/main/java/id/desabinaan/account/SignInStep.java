package id.desabinaan.account;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import id.desabinaan.shared.CurrentUser;

/**
 * A step a session still owes after the right password. While a step is pending the
 * session holds only the step's authority (never the account's role) and
 * {@link SignInStepFilter} lets it reach nothing under {@code /app} or {@code /api}
 * except the step's own page.
 */
public enum SignInStep {

	/** TOTP is enabled: enter the current code. */
	TOTP_CODE("SIGN_IN_STEP_TOTP_CODE", "/masuk/kode"),
	/** The role requires TOTP and the account has none yet: enrol first. */
	TOTP_ENROLMENT("SIGN_IN_STEP_TOTP_ENROLMENT", "/app/akun/2fa");

	private final String authority;

	private final String page;

	SignInStep(String authority, String page) {
		this.authority = authority;
		this.page = page;
	}

	/** The page where the step is done. */
	public String page() {
		return this.page;
	}

	/** The step pending in this authentication, if any. */
	public static Optional<SignInStep> pendingIn(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			for (SignInStep step : values()) {
				if (step.authority.equals(granted.getAuthority())) {
					return Optional.of(step);
				}
			}
		}
		return Optional.empty();
	}

	/** A session that still owes this step: the step's authority only. */
	Authentication pendingFor(CurrentUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(this.authority)));
	}

	/** A fully signed-in session with the account's role. */
	public static Authentication completed(CurrentUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
