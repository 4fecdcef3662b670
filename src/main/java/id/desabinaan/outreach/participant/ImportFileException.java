package id.desabinaan.outreach.participant;

/**
 * A participant file that cannot be read as a whole (not a spreadsheet, broken, too
 * large, without the required columns). Carries a message code and its arguments, so that
 * the page says what is wrong in the reader's language.
 */
public class ImportFileException extends RuntimeException {

	private final String messageCode;

	private final Object[] arguments;

	public ImportFileException(String messageCode, Object... arguments) {
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
