package id.desabinaan.outreach.web;

import java.util.Map;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

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
