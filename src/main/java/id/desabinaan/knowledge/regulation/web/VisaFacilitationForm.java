package id.desabinaan.knowledge.regulation.web;

/** A new version of a country's visa facilitation. */
public class VisaFacilitationForm extends CountryForm {

	private String arrangement;

	private boolean electronicPassportOnly;

	private String maxStayDays;

	private String noteId;

	private String noteEn;

	public String getArrangement() {
		return this.arrangement;
	}

	public void setArrangement(String arrangement) {
		this.arrangement = arrangement;
	}

	public boolean isElectronicPassportOnly() {
		return this.electronicPassportOnly;
	}

	public void setElectronicPassportOnly(boolean electronicPassportOnly) {
		this.electronicPassportOnly = electronicPassportOnly;
	}

	public String getMaxStayDays() {
		return this.maxStayDays;
	}

	public void setMaxStayDays(String maxStayDays) {
		this.maxStayDays = maxStayDays;
	}

	public String getNoteId() {
		return this.noteId;
	}

	public void setNoteId(String noteId) {
		this.noteId = noteId;
	}

	public String getNoteEn() {
		return this.noteEn;
	}

	public void setNoteEn(String noteEn) {
		this.noteEn = noteEn;
	}

}
