package id.desabinaan.knowledge.jobcheck.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import id.desabinaan.knowledge.jobcheck.ThresholdView;

/** The editors' form for a new version of the risk thresholds. */
class ThresholdForm {

	@NotNull(message = "{jobcheck.form.required}")
	@Min(value = 1, message = "{jobcheck.form.medium}")
	private Integer mediumFrom;

	@NotNull(message = "{jobcheck.form.required}")
	private Integer highFrom;

	@NotNull(message = "{jobcheck.form.validFrom}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@NotBlank(message = "{jobcheck.form.required}")
	@Size(max = 500, message = "{jobcheck.form.tooLong}")
	private String source;

	static ThresholdForm of(ThresholdView view) {
		ThresholdForm form = new ThresholdForm();
		if (view != null) {
			form.mediumFrom = view.mediumFrom();
			form.highFrom = view.highFrom();
			form.validFrom = view.review().validFrom();
			form.source = view.review().source();
		}
		return form;
	}

	public Integer getMediumFrom() {
		return this.mediumFrom;
	}

	public void setMediumFrom(Integer mediumFrom) {
		this.mediumFrom = mediumFrom;
	}

	public Integer getHighFrom() {
		return this.highFrom;
	}

	public void setHighFrom(Integer highFrom) {
		this.highFrom = highFrom;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
