package id.desabinaan.shared;

/**
 * Input that is well formed for HTTP but breaks a domain rule (a malformed region code,
 * an unknown option). Rendered as 400 naming the field, never as a 500.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String messageCode;

	private final Object[] arguments;

	public InvalidInputException(String field, String messageCode, Object... arguments) {
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
