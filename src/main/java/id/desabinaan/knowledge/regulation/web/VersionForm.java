package id.desabinaan.knowledge.regulation.web;

/**
 * The fields every new version has: when it starts, optionally when it ends, and the
 * regulation it comes from. Strings, so that what was typed is shown again with the error
 * next to it.
 */
public class VersionForm {

	private String validFrom;

	private String validUntil;

	private String source;

	public String getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(String validFrom) {
		this.validFrom = validFrom;
	}

	public String getValidUntil() {
		return this.validUntil;
	}

	public void setValidUntil(String validUntil) {
		this.validUntil = validUntil;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
