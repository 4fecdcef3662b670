package id.desabinaan.knowledge.jobcheck.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.knowledge.jobcheck.CallbackService;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RuleViolationException;

/**
 * The call-back requests of the user's office ({@code /app/info/panggilan-balik}) for its
 * staff; each view is audited.
 */
@Controller
class CallbackController {

	private static final String PAGE = "/app/info/panggilan-balik";

	private final CallbackService callbacks;

	CallbackController(CallbackService callbacks) {
		this.callbacks = callbacks;
	}

	@GetMapping(PAGE)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("callbacks", this.callbacks.forOffice(user));
		return "knowledge/jobcheck/callbacks";
	}

	@PostMapping(PAGE + "/{id}/selesai")
	String done(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.callbacks.markDone(user, id);
			redirect.addFlashAttribute("flash", "jobcheck.flash.called");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageCode());
			redirect.addFlashAttribute("flashArgs", ex.getArguments());
		}
		return "redirect:" + PAGE;
	}

}
