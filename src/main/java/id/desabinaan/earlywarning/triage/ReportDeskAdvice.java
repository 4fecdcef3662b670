package id.desabinaan.earlywarning.triage;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Puts the overdue reports before those who handle them on their staff home
 * ({@code /app}, fragment {@code earlywarning/triage/desk :: desk}): how many are past
 * their service clock and how many of those were escalated to the office head. Only the
 * home page pays for the count.
 */
@ControllerAdvice(annotations = Controller.class)
class ReportDeskAdvice {

	private final OverdueReports overdue;

	ReportDeskAdvice(OverdueReports overdue) {
		this.overdue = overdue;
	}

	@ModelAttribute("reportDesk")
	ReportDesk reportDesk(HttpServletRequest request, Authentication authentication) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"/app".equals(path) || authentication == null
				|| !(authentication.getPrincipal() instanceof CurrentUser user)
				|| !user.hasRole(Role.OFFICE_HEAD, Role.INTEL_ANALYST, Role.PIMPASA)) {
			return null;
		}
		List<Overdue> late = this.overdue.of(user);
		return new ReportDesk(late.size(), (int) late.stream().filter(Overdue::escalated).count(),
				user.hasRole(Role.OFFICE_HEAD));
	}

}
