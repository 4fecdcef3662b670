package id.desabinaan.village.web;

/**
 * Appointing an officer to a village: who, by which decree, from when, public contact.
 */
public class AppointForm {

	private String officer;

	private String decreeNumber;

	private String decreeDate;

	private String startDate;

	private String contact;

	public String getOfficer() {
		return this.officer;
	}

	public void setOfficer(String officer) {
		this.officer = officer;
	}

	public String getDecreeNumber() {
		return this.decreeNumber;
	}

	public void setDecreeNumber(String decreeNumber) {
		this.decreeNumber = decreeNumber;
	}

	public String getDecreeDate() {
		return this.decreeDate;
	}

	public void setDecreeDate(String decreeDate) {
		this.decreeDate = decreeDate;
	}

	public String getStartDate() {
		return this.startDate;
	}

	public void setStartDate(String startDate) {
		this.startDate = startDate;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

}
