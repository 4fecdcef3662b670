package id.desabinaan.knowledge.regulation.web;

/** A new version of an entry about a country (visa facilitation, placement ban). */
public class CountryForm extends VersionForm {

	private String countryCode;

	private String countryNameId;

	private String countryNameEn;

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getCountryNameId() {
		return this.countryNameId;
	}

	public void setCountryNameId(String countryNameId) {
		this.countryNameId = countryNameId;
	}

	public String getCountryNameEn() {
		return this.countryNameEn;
	}

	public void setCountryNameEn(String countryNameEn) {
		this.countryNameEn = countryNameEn;
	}

}
