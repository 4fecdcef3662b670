package id.desabinaan.knowledge.regulation.web;

/** A new version of a fee component. */
public class FeeForm extends VersionForm {

	private String component;

	private String amount;

	public String getComponent() {
		return this.component;
	}

	public void setComponent(String component) {
		this.component = component;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

}
