package id.desabinaan.knowledge.jobcheck.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.desabinaan.knowledge.jobcheck.CallbackService;
import id.desabinaan.knowledge.jobcheck.WarningSignEditor;
import id.desabinaan.shared.CurrentUser;

/**
 * Which of this package's staff pages the signed-in user may open, for the staff menu
 * ({@code account/nav :: links}).
 */
@ControllerAdvice(annotations = Controller.class)
class JobCheckNavAdvice {

	private final WarningSignEditor editor;

	private final CallbackService callbacks;

	JobCheckNavAdvice(WarningSignEditor editor, CallbackService callbacks) {
		this.editor = editor;
		this.callbacks = callbacks;
	}

	/**
	 * The links a user may follow.
	 *
	 * @param warningSigns reads the warning signs
	 * @param callbacks sees his office's call-back requests
	 */
	record JobCheckNav(boolean warningSigns, boolean callbacks) {
	}

	@ModelAttribute("jobcheckNav")
	JobCheckNav jobcheckNav(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return null;
		}
		return new JobCheckNav(this.editor.mayRead(user), this.callbacks.maySee(user));
	}

}
