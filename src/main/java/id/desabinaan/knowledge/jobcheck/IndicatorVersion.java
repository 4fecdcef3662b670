package id.desabinaan.knowledge.jobcheck;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import id.desabinaan.knowledge.WarningSign;
import id.desabinaan.knowledge.WarningSignContext;

/** One version of a warning sign's texts, weight and contexts. */
@Entity
@Table(name = "warning_sign_version")
public class IndicatorVersion extends ReviewedVersion {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "warning_sign_id")
	private Indicator indicator;

	private String titleId;

	private String titleEn;

	private String explanationId;

	private String explanationEn;

	private int weight;

	private boolean jobOffer;

	private boolean report;

	protected IndicatorVersion() {
	}

	IndicatorVersion(Indicator indicator, int number, String author) {
		super(number, author);
		this.indicator = indicator;
	}

	static IndicatorVersion imported(Indicator indicator, SignContent content, String file, Instant now) {
		IndicatorVersion version = new IndicatorVersion(indicator, 1, IMPORT_AUTHOR);
		version.write(IMPORT_AUTHOR, content);
		version.publishImported(file, content.validFrom(), content.source(), now);
		return version;
	}

	/** Replaces the content of the draft; only its author. */
	void write(String user, SignContent content) {
		describe(user, content.validFrom(), content.source());
		this.titleId = content.titleId();
		this.titleEn = content.titleEn();
		this.explanationId = content.explanationId();
		this.explanationEn = content.explanationEn();
		this.weight = content.weight();
		this.jobOffer = content.jobOffer();
		this.report = content.report();
	}

	SignContent content() {
		return new SignContent(this.titleId, this.titleEn, this.explanationId, this.explanationEn, this.weight,
				this.jobOffer, this.report, getValidFrom(), getSource());
	}

	Set<WarningSignContext> contexts() {
		Set<WarningSignContext> contexts = EnumSet.noneOf(WarningSignContext.class);
		if (this.jobOffer) {
			contexts.add(WarningSignContext.JOB_OFFER);
		}
		if (this.report) {
			contexts.add(WarningSignContext.REPORT);
		}
		return contexts;
	}

	WarningSign toSign() {
		return new WarningSign(this.indicator.getCode(), this.titleId, this.titleEn, this.explanationId,
				this.explanationEn, this.weight, contexts(), getValidFrom(), getSource(), getNumber());
	}

	public String getTitleId() {
		return this.titleId;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public String getExplanationId() {
		return this.explanationId;
	}

	public String getExplanationEn() {
		return this.explanationEn;
	}

	public int getWeight() {
		return this.weight;
	}

	public boolean isJobOffer() {
		return this.jobOffer;
	}

	public boolean isReport() {
		return this.report;
	}

}
