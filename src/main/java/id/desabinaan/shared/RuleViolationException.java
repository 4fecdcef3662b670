package id.desabinaan.shared;

/**
 * A request that conflicts with the state of the system (a duplicate, an illegal state
 * change). Rendered as 409 (API) or as a form error naming the field (pages).
 */
public class RuleViolationException extends RuntimeException {

	private final String field;

	private final String messageCode;

	private final Object[] arguments;

	public RuleViolationException(String field, String messageCode, Object... arguments) {
		super(messageCode);
		this.field = field;
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageCode() {
		return this.messageCode;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
