package id.desabinaan.outreach.participant;

/**
 * What is wrong in one cell of a participant list.
 *
 * @param row the row number a spreadsheet program shows
 * @param column the column concerned
 * @param messageCode the message saying what is wrong
 * @param arguments the message's arguments (what was entered, the allowed range)
 */
public record RowProblem(int row, ParticipantColumn column, String messageCode, Object[] arguments) {

	public RowProblem {
		arguments = arguments.clone();
	}

	@Override
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
