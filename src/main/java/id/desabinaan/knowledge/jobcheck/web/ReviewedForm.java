package id.desabinaan.knowledge.jobcheck.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What every form of reviewed data asks: the day it applies from and its source. */
abstract class ReviewedForm {

	@NotNull(message = "{jobcheck.form.validFrom}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@NotBlank(message = "{jobcheck.form.required}")
	@Size(max = 500, message = "{jobcheck.form.tooLong}")
	private String source;

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
