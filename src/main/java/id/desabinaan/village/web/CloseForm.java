package id.desabinaan.village.web;

/** Suspending or ending a designation: a reason and a date. */
public class CloseForm {

	private String reason;

	private String date;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

}
