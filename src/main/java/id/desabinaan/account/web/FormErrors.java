package id.desabinaan.account.web;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * Puts a domain error on the form field it names, so that the form is shown again with
 * what was entered and the message next to the field.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult binding, InvalidInputException ex) {
		reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
	}

	static void reject(BindingResult binding, RuleViolationException ex) {
		reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
	}

	private static void reject(BindingResult binding, String field, String code, Object[] arguments) {
		if (field != null && binding.getTarget() != null && org.springframework.beans.BeanUtils
			.getPropertyDescriptor(binding.getTarget().getClass(), field) != null) {
			binding.rejectValue(field, code, arguments, code);
		}
		else {
			binding.reject(code, arguments, code);
		}
	}

}
