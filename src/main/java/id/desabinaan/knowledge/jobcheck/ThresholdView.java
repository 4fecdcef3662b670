package id.desabinaan.knowledge.jobcheck;

/**
 * One version of the risk thresholds for the editors' pages.
 *
 * @param review where the version stands in review
 * @param mediumFrom the lowest total weight that is a medium risk
 * @param highFrom the lowest total weight that is a high risk
 */
public record ThresholdView(ReviewView review, int mediumFrom, int highFrom) {

	static ThresholdView of(ThresholdVersion version) {
		return new ThresholdView(ReviewView.of(version), version.getMediumFrom(), version.getHighFrom());
	}

}
