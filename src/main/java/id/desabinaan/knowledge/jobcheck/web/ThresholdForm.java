package id.desabinaan.knowledge.jobcheck.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import id.desabinaan.knowledge.jobcheck.ThresholdView;

/** The editors' form for a new version of the risk thresholds. */
class ThresholdForm extends ReviewedForm {

	@NotNull(message = "{jobcheck.form.required}")
	@Min(value = 1, message = "{jobcheck.form.medium}")
	private Integer mediumFrom;

	@NotNull(message = "{jobcheck.form.required}")
	private Integer highFrom;

	static ThresholdForm of(ThresholdView view) {
		ThresholdForm form = new ThresholdForm();
		if (view != null) {
			form.mediumFrom = view.mediumFrom();
			form.highFrom = view.highFrom();
			form.setValidFrom(view.review().validFrom());
			form.setSource(view.review().source());
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

}
