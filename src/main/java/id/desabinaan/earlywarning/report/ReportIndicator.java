package id.desabinaan.earlywarning.report;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.desabinaan.earlywarning.IndicatorAnswer;

/** The answer to one warning sign of a report's checklist. */
@Embeddable
public class ReportIndicator {

	@Column(name = "sign_code")
	private String signCode;

	@Enumerated(EnumType.STRING)
	private IndicatorAnswer answer;

	private int signVersion;

	protected ReportIndicator() {
	}

	ReportIndicator(String signCode, IndicatorAnswer answer, int signVersion) {
		this.signCode = Objects.requireNonNull(signCode, "signCode");
		this.answer = Objects.requireNonNull(answer, "answer");
		this.signVersion = signVersion;
	}

	public String signCode() {
		return this.signCode;
	}

	public IndicatorAnswer answer() {
		return this.answer;
	}

	public int signVersion() {
		return this.signVersion;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReportIndicator that && that.signCode.equals(this.signCode);
	}

	@Override
	public int hashCode() {
		return this.signCode.hashCode();
	}

}
