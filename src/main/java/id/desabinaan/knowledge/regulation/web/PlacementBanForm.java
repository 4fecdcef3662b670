package id.desabinaan.knowledge.regulation.web;

/** A new version of a placement ban. */
public class PlacementBanForm extends CountryForm {

	private String jobCode;

	private String jobNameId;

	private String jobNameEn;

	public String getJobCode() {
		return this.jobCode;
	}

	public void setJobCode(String jobCode) {
		this.jobCode = jobCode;
	}

	public String getJobNameId() {
		return this.jobNameId;
	}

	public void setJobNameId(String jobNameId) {
		this.jobNameId = jobNameId;
	}

	public String getJobNameEn() {
		return this.jobNameEn;
	}

	public void setJobNameEn(String jobNameEn) {
		this.jobNameEn = jobNameEn;
	}

}
