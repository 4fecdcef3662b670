package id.desabinaan.earlywarning.intake.web;

import java.util.LinkedHashMap;
import java.util.Map;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * Errors of the report forms by field name, for templates that show each message next to
 * its field ({@code errors['description'].code()}).
 */
public final class FormErrors {

	/** One message: its code and arguments. */
	public record Message(String code, Object[] args) {
	}

	private final Map<String, Message> byField = new LinkedHashMap<>();

	void add(String field, String code, Object... args) {
		this.byField.putIfAbsent(field, new Message(code, args));
	}

	void add(InvalidInputException ex) {
		add((ex.getField() != null) ? ex.getField() : "form", ex.getMessageCode(), ex.getArguments());
	}

	void add(RuleViolationException ex) {
		add((ex.getField() != null) ? ex.getField() : "form", ex.getMessageCode(), ex.getArguments());
	}

	boolean isEmpty() {
		return this.byField.isEmpty();
	}

	public Map<String, Message> asMap() {
		return this.byField;
	}

}
