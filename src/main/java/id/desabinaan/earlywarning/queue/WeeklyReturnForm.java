package id.desabinaan.earlywarning.queue;

/**
 * The weekly return form: the week ({@code 2026-W49}), the answer ({@code NONE} for
 * nothing to report, {@code SOME} with the number of reports) and an optional note. Kept
 * as text so that what was typed is shown again with the message.
 */
class WeeklyReturnForm {

	static final String NONE = "NONE";

	static final String SOME = "SOME";

	/** Longest note. */
	static final int MAX_NOTE = 500;

	private String week;

	private String answer;

	private String reports;

	private String note;

	public String getWeek() {
		return this.week;
	}

	public void setWeek(String week) {
		this.week = week;
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getReports() {
		return this.reports;
	}

	public void setReports(String reports) {
		this.reports = reports;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
