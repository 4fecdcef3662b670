package id.desabinaan.earlywarning.queue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Oversight of reports: who read a report ({@code /app/laporan/{id}/akses}), a report's
 * trail with its check ({@code /app/laporan/{id}/jejak}) and the check of every trail in
 * reach ({@code /app/laporan/jejak}). A role that has no such page is refused (403); a
 * report outside the reader's reach is not revealed (404).
 */
@Controller
@RequestMapping("/app/laporan")
class OversightController {

	private final ReportQueue queue;

	private final TrailCheck trails;

	OversightController(ReportQueue queue, TrailCheck trails) {
		this.queue = queue;
		this.trails = trails;
	}

	@GetMapping("/{id}/akses")
	String accessLog(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("log", this.queue.accessLog(user, id));
		return "earlywarning/queue/access";
	}

	@GetMapping("/{id}/jejak")
	String trail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		TrailCheck.TrailView trail = this.trails.trailOf(user, id);
		model.addAttribute("trail", trail);
		model.addAttribute("zone", this.queue.zone(trail.officeId()));
		model.addAttribute("mayReadAccessLog", ReportQueue.mayReadAccessLog(user));
		return "earlywarning/queue/trail";
	}

	@GetMapping("/jejak")
	String checkAll(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("result", this.trails.checkInReach(user));
		model.addAttribute("mayOpen", user.hasRole(Role.OFFICE_HEAD));
		model.addAttribute("national", user.hasRole(Role.SYSTEM_ADMIN));
		return "earlywarning/queue/trails";
	}

}
