package id.desabinaan.knowledge.article.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/** Domain errors next to the form field they name, or above the form. */
final class FormErrors {

	private FormErrors() {
	}

	/** Runs a change; a domain error becomes a field error and the answer is false. */
	static boolean attempt(BindingResult binding, Runnable change) {
		try {
			change.run();
			return true;
		}
		catch (InvalidInputException ex) {
			reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
		}
		catch (RuleViolationException ex) {
			reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
		}
		return false;
	}

	/**
	 * Runs a change from a button; success flashes {@code done}, a refused change its
	 * reason. Whether the change was made.
	 */
	static boolean flash(RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", done);
			return true;
		}
		catch (RuleViolationException ex) {
			flashError(redirect, ex.getMessageCode(), ex.getArguments());
		}
		catch (InvalidInputException ex) {
			flashError(redirect, ex.getMessageCode(), ex.getArguments());
		}
		return false;
	}

	/** Shows why a change was refused on the page redirected to. */
	static void flashError(RedirectAttributes redirect, String code, Object[] args) {
		redirect.addFlashAttribute("flashError", code);
		redirect.addFlashAttribute("flashArgs", args);
	}

	static void reject(BindingResult binding, String field, String code, Object[] args) {
		if (field != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
			binding.rejectValue(field, code, args, code);
		}
		else {
			binding.reject(code, args, code);
		}
	}

}
