package id.desabinaan.earlywarning.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Whether the staff menu ({@code account/nav :: links}) shows the reports: to everyone
 * who makes or handles reports (village officials, PIMPASA, office staff, analysts,
 * heads), not to viewers and administrators, who see figures in monitoring.
 */
@ControllerAdvice(annotations = Controller.class)
class EarlyWarningNavAdvice {

	@ModelAttribute("earlyWarningNav")
	Boolean earlyWarningNav(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return false;
		}
		return user.hasRole(Role.VILLAGE_OFFICIAL, Role.PIMPASA, Role.OFFICE_STAFF, Role.INTEL_ANALYST,
				Role.OFFICE_HEAD);
	}

}
