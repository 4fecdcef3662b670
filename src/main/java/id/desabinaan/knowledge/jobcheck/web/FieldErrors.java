package id.desabinaan.knowledge.jobcheck.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.desabinaan.region.RegionChoice;
import id.desabinaan.shared.InvalidInputException;

/**
 * Errors of the public forms by field name, for templates that show each message next to
 * its field ({@code errors.age.code()}, {@code errors.age.args()}). The public forms are
 * read from plain request parameters (a GET form and a form posted by anonymous
 * visitors), so they carry their errors in this small map rather than a binding result.
 */
final class FieldErrors {

	/** One message: its code and arguments. */
	record Message(String code, Object[] args) {
	}

	private final Map<String, Message> byField = new LinkedHashMap<>();

	void add(String field, String code, Object... args) {
		this.byField.putIfAbsent(field, new Message(code, args));
	}

	/** A domain error on its field ({@code form} when it names none). */
	void add(RuntimeException ex) {
		FormMessage message = FormMessage.of(ex);
		add((message.field() != null) ? message.field() : "form", message.code(), message.args());
	}

	void addAll(List<InvalidInputException> errors) {
		errors.forEach(this::add);
	}

	/**
	 * The region picker shows its own message; an unresolved picker only keeps the form
	 * from being accepted.
	 */
	static boolean pickerBlocks(RegionChoice choice, boolean required) {
		return (required && !choice.isResolved()) || (!choice.isEmpty() && !choice.isResolved());
	}

	boolean isEmpty() {
		return this.byField.isEmpty();
	}

	Map<String, Message> asMap() {
		return this.byField;
	}

}
