package id.desabinaan.knowledge.regulation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.desabinaan.knowledge.PlacementBan;

/** A version of one placement ban: a destination country and a job. */
@Entity
@Table(name = "placement_ban")
public class PlacementBanVersion extends RegulatedVersion {

	static final int JOB_MAX = 200;

	private String countryCode;

	private String countryNameId;

	private String countryNameEn;

	private String jobCode;

	private String jobNameId;

	private String jobNameEn;

	protected PlacementBanVersion() {
	}

	public PlacementBanVersion(Country country, String jobCode, String jobNameId, String jobNameEn, LocalDate validFrom,
			LocalDate validUntil, String source) {
		super(validFrom, validUntil, source);
		this.countryCode = country.code();
		this.countryNameId = country.nameId();
		this.countryNameEn = country.nameEn();
		this.jobCode = Texts.code("jobCode", jobCode);
		this.jobNameId = Texts.required("jobNameId", jobNameId, JOB_MAX);
		this.jobNameEn = Texts.required("jobNameEn", jobNameEn, JOB_MAX);
	}

	@Override
	public String itemKey() {
		return this.countryCode + "/" + this.jobCode;
	}

	@Override
	String describe() {
		return this.jobCode;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public String getCountryNameId() {
		return this.countryNameId;
	}

	public String getCountryNameEn() {
		return this.countryNameEn;
	}

	public String getJobCode() {
		return this.jobCode;
	}

	public String getJobNameId() {
		return this.jobNameId;
	}

	public String getJobNameEn() {
		return this.jobNameEn;
	}

	PlacementBan toBan() {
		return new PlacementBan(this.countryCode, this.countryNameId, this.countryNameEn, this.jobCode, this.jobNameId,
				this.jobNameEn, getValidFrom(), getValidUntil(), getSourceReference());
	}

}
