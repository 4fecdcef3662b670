package id.desabinaan.village.web;

/** The designation form: the decree and the ceremony. */
public class DesignateForm {

	private String decreeNumber;

	private String decreeDate;

	private String signingOfficial;

	private String ceremonyDate;

	private String ceremonyPlace;

	private String guests;

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

	public String getSigningOfficial() {
		return this.signingOfficial;
	}

	public void setSigningOfficial(String signingOfficial) {
		this.signingOfficial = signingOfficial;
	}

	public String getCeremonyDate() {
		return this.ceremonyDate;
	}

	public void setCeremonyDate(String ceremonyDate) {
		this.ceremonyDate = ceremonyDate;
	}

	public String getCeremonyPlace() {
		return this.ceremonyPlace;
	}

	public void setCeremonyPlace(String ceremonyPlace) {
		this.ceremonyPlace = ceremonyPlace;
	}

	public String getGuests() {
		return this.guests;
	}

	public void setGuests(String guests) {
		this.guests = guests;
	}

}
