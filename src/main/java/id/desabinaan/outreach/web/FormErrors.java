package id.desabinaan.outreach.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * Puts a service's refusal next to the form field it names (the service speaks of
 * {@code startsAt}, the form has {@code date}); a field the form does not have becomes a
 * message above the form.
 */
final class FormErrors {

	/** Service field names that the activity form calls differently. */
	static final Map<String, String> ACTIVITY_FIELDS = Map.of("startsAt", "date", "institutions", "institutionIds",
			"topics", "topicIds", "status", "held");

	private FormErrors() {
	}

	/**
	 * Runs a change; when the service refuses it ({@link InvalidInputException},
	 * {@link RuleViolationException}) the refusal lands on the form.
	 * @return what the change answered, empty when it was refused
	 */
	static <T> Optional<T> attempt(BindingResult binding, Map<String, String> renames, String prefix,
			Supplier<T> change) {
		try {
			return Optional.of(change.get());
		}
		catch (InvalidInputException ex) {
			reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments(), renames, prefix);
		}
		catch (RuleViolationException ex) {
			reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments(), renames, prefix);
		}
		return Optional.empty();
	}

	/** {@link #attempt} for a change that answers nothing and a form without renames. */
	static boolean attempt(BindingResult binding, Runnable change) {
		return attempt(binding, Map.of(), "", () -> {
			change.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	static void reject(BindingResult binding, String field, String code, Object[] args) {
		reject(binding, field, code, args, Map.of(), "");
	}

	/**
	 * @param renames service field names the form calls differently
	 * @param prefix path under which the form holds fields it does not rename (e.g.
	 * {@code attendance.} for the counts inside the activity form)
	 */
	static void reject(BindingResult binding, String field, String code, Object[] args, Map<String, String> renames,
			String prefix) {
		BeanWrapperImpl target = new BeanWrapperImpl(binding.getTarget());
		String name = (field != null) ? renames.getOrDefault(field, field) : null;
		if (name != null && !target.isReadableProperty(name) && target.isReadableProperty(prefix + name)) {
			name = prefix + name;
		}
		if (name != null && target.isReadableProperty(name)) {
			binding.rejectValue(name, code, args, code);
		}
		else {
			binding.reject(code, args, code);
		}
	}

}
