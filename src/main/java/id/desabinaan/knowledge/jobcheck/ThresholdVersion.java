package id.desabinaan.knowledge.jobcheck;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.desabinaan.knowledge.WarningRiskThresholds;
import id.desabinaan.shared.InvalidInputException;

/** One version of the risk thresholds, reviewed like a warning sign. */
@Entity
@Table(name = "warning_sign_threshold")
public class ThresholdVersion extends ReviewedVersion {

	private int mediumFrom;

	private int highFrom;

	protected ThresholdVersion() {
	}

	ThresholdVersion(int number, String author) {
		super(number, author);
	}

	static ThresholdVersion imported(int mediumFrom, int highFrom, LocalDate validFrom, String source, String file,
			Instant now) {
		ThresholdVersion version = new ThresholdVersion(1, IMPORT_AUTHOR);
		version.write(IMPORT_AUTHOR, mediumFrom, highFrom, validFrom, source);
		version.publishImported(file, validFrom, source, now);
		return version;
	}

	/** Replaces the draft's numbers; only its author. */
	void write(String user, int mediumFrom, int highFrom, LocalDate validFrom, String source) {
		describe(user, validFrom, source);
		if (mediumFrom < 1) {
			throw new InvalidInputException("mediumFrom", "jobcheck.threshold.medium.range");
		}
		if (highFrom <= mediumFrom) {
			throw new InvalidInputException("highFrom", "jobcheck.threshold.high.range");
		}
		this.mediumFrom = mediumFrom;
		this.highFrom = highFrom;
	}

	WarningRiskThresholds toThresholds() {
		return new WarningRiskThresholds(this.mediumFrom, this.highFrom, getValidFrom(), getSource());
	}

	public int getMediumFrom() {
		return this.mediumFrom;
	}

	public int getHighFrom() {
		return this.highFrom;
	}

}
