package id.desabinaan.outreach.web;

/** Why an activity is cancelled. */
public class CancelForm {

	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
