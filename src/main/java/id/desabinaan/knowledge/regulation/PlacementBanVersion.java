package id.desabinaan.knowledge.regulation;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.desabinaan.knowledge.PlacementBan;

/** A version of one placement ban: a destination country and a job. */
@Entity
@Table(name = "placement_ban")
public class PlacementBanVersion extends RegulatedVersion {

	static final int JOB_MAX = 200;

	@Embedded
	private Country country;

	private String jobCode;

	private String jobNameId;

	private String jobNameEn;

	protected PlacementBanVersion() {
	}

	public PlacementBanVersion(Country country, String jobCode, String jobNameId, String jobNameEn, LocalDate validFrom,
			LocalDate validUntil, String source) {
		super(validFrom, validUntil, source);
		this.country = country;
		this.jobCode = Texts.code("jobCode", jobCode);
		this.jobNameId = Texts.required("jobNameId", jobNameId, JOB_MAX);
		this.jobNameEn = Texts.required("jobNameEn", jobNameEn, JOB_MAX);
	}

	@Override
	public String itemKey() {
		return this.country.code() + "/" + this.jobCode;
	}

	@Override
	String describe() {
		return this.jobCode;
	}

	public Country getCountry() {
		return this.country;
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
		return new PlacementBan(this.country.code(), this.country.nameId(), this.country.nameEn(), this.jobCode,
				this.jobNameId, this.jobNameEn, getValidFrom(), getValidUntil(), getSourceReference());
	}

}
