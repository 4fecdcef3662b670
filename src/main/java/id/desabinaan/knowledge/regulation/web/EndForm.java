package id.desabinaan.knowledge.regulation.web;

/** Ending a version: its last day. */
public class EndForm {

	private String validUntil;

	public String getValidUntil() {
		return this.validUntil;
	}

	public void setValidUntil(String validUntil) {
		this.validUntil = validUntil;
	}

}
