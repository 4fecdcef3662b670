package id.desabinaan.account.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.account.AuditTrail;
import id.desabinaan.shared.CurrentUser;

/**
 * The audit log ({@code /app/audit}), newest first: everything for SYSTEM_ADMIN, his
 * office's events for an OFFICE_HEAD.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICE_HEAD')")
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/app/audit")
	public String show(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("events", this.trail.page(user, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("zone", this.trail.zoneOf(user));
		return "account/audit";
	}

}
