package id.desabinaan.account.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.desabinaan.account.SignInStep;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Which account links a page shows (fragment {@code account/nav :: links}); offered to
 * every page controller, so that the layout or the staff home can include the fragment
 * too.
 */
@ControllerAdvice(annotations = Controller.class)
class AccountNavAdvice {

	/**
	 * The links a signed-in user may follow.
	 *
	 * @param staff may enrol TOTP
	 * @param administers manages accounts and reads the audit log
	 * @param systemAdmin sets the security policy
	 */
	record AccountNav(boolean staff, boolean administers, boolean systemAdmin) {
	}

	@ModelAttribute("accountNav")
	AccountNav accountNav(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
				|| SignInStep.pendingIn(authentication).isPresent()) {
			return null;
		}
		return new AccountNav(user.role().isStaff(), user.hasRole(Role.SYSTEM_ADMIN, Role.OFFICE_HEAD),
				user.hasRole(Role.SYSTEM_ADMIN));
	}

}
