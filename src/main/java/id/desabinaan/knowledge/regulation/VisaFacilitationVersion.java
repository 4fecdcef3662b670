package id.desabinaan.knowledge.regulation;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import id.desabinaan.knowledge.VisaArrangement;
import id.desabinaan.knowledge.VisaFacilitation;
import id.desabinaan.shared.InvalidInputException;

/** A version of the visa facilitation entry of one country. */
@Entity
@Table(name = "visa_facilitation")
public class VisaFacilitationVersion extends RegulatedVersion {

	static final int NAME_MAX = 100;

	static final int NOTE_MAX = 500;

	@Embedded
	private Country country;

	@Enumerated(EnumType.STRING)
	private VisaArrangement arrangement;

	private boolean electronicPassportOnly;

	private Integer maxStayDays;

	private String noteId;

	private String noteEn;

	protected VisaFacilitationVersion() {
	}

	public VisaFacilitationVersion(Country country, VisaArrangement arrangement, boolean electronicPassportOnly,
			Integer maxStayDays, String noteId, String noteEn, LocalDate validFrom, LocalDate validUntil,
			String source) {
		super(validFrom, validUntil, source);
		this.country = country;
		if (arrangement == null) {
			throw new InvalidInputException("arrangement", "knowledge.error.required");
		}
		if (maxStayDays != null && (maxStayDays < 1 || maxStayDays > 365)) {
			throw new InvalidInputException("maxStayDays", "knowledge.error.stay.range");
		}
		this.arrangement = arrangement;
		this.electronicPassportOnly = electronicPassportOnly;
		this.maxStayDays = maxStayDays;
		this.noteId = Texts.required("noteId", noteId, NOTE_MAX);
		this.noteEn = Texts.required("noteEn", noteEn, NOTE_MAX);
	}

	@Override
	public String itemKey() {
		return this.country.code();
	}

	@Override
	String describe() {
		return this.arrangement + ((this.maxStayDays != null) ? " " + this.maxStayDays + "d" : "");
	}

	public Country getCountry() {
		return this.country;
	}

	public VisaArrangement getArrangement() {
		return this.arrangement;
	}

	public boolean isElectronicPassportOnly() {
		return this.electronicPassportOnly;
	}

	public Integer getMaxStayDays() {
		return this.maxStayDays;
	}

	public String getNoteId() {
		return this.noteId;
	}

	public String getNoteEn() {
		return this.noteEn;
	}

	VisaFacilitation toFacilitation() {
		return new VisaFacilitation(this.country.code(), this.country.nameId(), this.country.nameEn(), this.arrangement,
				this.electronicPassportOnly, this.maxStayDays, this.noteId, this.noteEn, getValidFrom(),
				getValidUntil(), getSourceReference());
	}

}
