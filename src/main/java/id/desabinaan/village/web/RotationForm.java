package id.desabinaan.village.web;

/**
 * Rotating an officer: whose villages go to whom from which date, under a new decree (or
 * the old ones when left empty), with the successor's public contact.
 */
public class RotationForm {

	private String from;

	private String to;

	private String date;

	private String decreeNumber;

	private String decreeDate;

	private String contact;

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
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

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

}
