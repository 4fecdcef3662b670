package id.desabinaan.knowledge.wizard.web;

/**
 * The wizard's GET form as sent (strings, so that a bad value is shown again as it was):
 * the answers and the region picker {@code wilayah}.
 */
public class WizardForm {

	private String type;

	private String under17;

	private String married;

	private String electronic;

	private String validity;

	private String sameDay;

	private String wilayah;

	private String wilayahQuery;

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getUnder17() {
		return this.under17;
	}

	public void setUnder17(String under17) {
		this.under17 = under17;
	}

	public String getMarried() {
		return this.married;
	}

	public void setMarried(String married) {
		this.married = married;
	}

	public String getElectronic() {
		return this.electronic;
	}

	public void setElectronic(String electronic) {
		this.electronic = electronic;
	}

	public String getValidity() {
		return this.validity;
	}

	public void setValidity(String validity) {
		this.validity = validity;
	}

	public String getSameDay() {
		return this.sameDay;
	}

	public void setSameDay(String sameDay) {
		this.sameDay = sameDay;
	}

	public String getWilayah() {
		return this.wilayah;
	}

	public void setWilayah(String wilayah) {
		this.wilayah = wilayah;
	}

	public String getWilayahQuery() {
		return this.wilayahQuery;
	}

	public void setWilayahQuery(String wilayahQuery) {
		this.wilayahQuery = wilayahQuery;
	}

	PassportAnswers answers() {
		return PassportAnswers.read(this.type, this.under17, this.married, this.electronic, this.validity, this.sameDay,
				false);
	}

	boolean isEmpty() {
		return PassportAnswers.noneGiven(this.type, this.under17, this.married, this.electronic, this.validity,
				this.sameDay);
	}

}
