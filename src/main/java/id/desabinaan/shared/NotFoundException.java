package id.desabinaan.shared;

/**
 * Something asked for by identifier does not exist (or is outside the caller's scope and
 * must not be revealed). Rendered as 404: a ProblemDetail for the API, a translated page
 * for people.
 */
public class NotFoundException extends RuntimeException {

	private final String messageCode;

	private final Object[] arguments;

	public NotFoundException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	public String getMessageCode() {
		return this.messageCode;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
