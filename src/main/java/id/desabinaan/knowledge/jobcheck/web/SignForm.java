package id.desabinaan.knowledge.jobcheck.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.desabinaan.knowledge.jobcheck.SignContent;

/** The editors' form for one version of a warning sign (and the code of a new one). */
class SignForm extends ReviewedForm {

	@Size(max = 40, message = "{jobcheck.form.tooLong}")
	private String code;

	@NotBlank(message = "{jobcheck.form.required}")
	@Size(max = 200, message = "{jobcheck.form.tooLong}")
	private String titleId;

	@NotBlank(message = "{jobcheck.form.required}")
	@Size(max = 200, message = "{jobcheck.form.tooLong}")
	private String titleEn;

	@NotBlank(message = "{jobcheck.form.required}")
	@Size(max = 2000, message = "{jobcheck.form.tooLong}")
	private String explanationId;

	@NotBlank(message = "{jobcheck.form.required}")
	@Size(max = 2000, message = "{jobcheck.form.tooLong}")
	private String explanationEn;

	@NotNull(message = "{jobcheck.form.required}")
	@Min(value = 0, message = "{jobcheck.form.weight}")
	@Max(value = SignContent.MAX_WEIGHT, message = "{jobcheck.form.weight}")
	private Integer weight;

	private boolean jobOffer;

	private boolean report;

	static SignForm of(SignContent content) {
		SignForm form = new SignForm();
		form.titleId = content.titleId();
		form.titleEn = content.titleEn();
		form.explanationId = content.explanationId();
		form.explanationEn = content.explanationEn();
		form.weight = content.weight();
		form.jobOffer = content.jobOffer();
		form.report = content.report();
		form.setValidFrom(content.validFrom());
		form.setSource(content.source());
		return form;
	}

	SignContent content() {
		return new SignContent(this.titleId, this.titleEn, this.explanationId, this.explanationEn, this.weight,
				this.jobOffer, this.report, getValidFrom(), getSource());
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitleId() {
		return this.titleId;
	}

	public void setTitleId(String titleId) {
		this.titleId = titleId;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getExplanationId() {
		return this.explanationId;
	}

	public void setExplanationId(String explanationId) {
		this.explanationId = explanationId;
	}

	public String getExplanationEn() {
		return this.explanationEn;
	}

	public void setExplanationEn(String explanationEn) {
		this.explanationEn = explanationEn;
	}

	public Integer getWeight() {
		return this.weight;
	}

	public void setWeight(Integer weight) {
		this.weight = weight;
	}

	public boolean isJobOffer() {
		return this.jobOffer;
	}

	public void setJobOffer(boolean jobOffer) {
		this.jobOffer = jobOffer;
	}

	public boolean isReport() {
		return this.report;
	}

	public void setReport(boolean report) {
		this.report = report;
	}

}
