package id.desabinaan.knowledge;

import java.time.LocalDate;

/**
 * Where the total weight of the warning signs found turns into a medium and a high risk
 * (reviewed data, dated like the signs).
 *
 * @param mediumFrom the lowest total weight that is a medium risk
 * @param highFrom the lowest total weight that is a high risk (above {@code mediumFrom})
 * @param validFrom the date these thresholds apply from
 * @param source why these numbers
 */
public record WarningRiskThresholds(int mediumFrom, int highFrom, LocalDate validFrom, String source) {

	public WarningRiskThresholds {
		if (mediumFrom < 1 || highFrom <= mediumFrom) {
			throw new IllegalArgumentException("Thresholds need 1 <= mediumFrom < highFrom");
		}
	}

	/** The level of a total weight. */
	public WarningRiskLevel levelOf(int totalWeight) {
		if (totalWeight >= this.highFrom) {
			return WarningRiskLevel.HIGH;
		}
		return (totalWeight >= this.mediumFrom) ? WarningRiskLevel.MEDIUM : WarningRiskLevel.LOW;
	}

}
