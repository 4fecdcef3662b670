package id.desabinaan.knowledge;

import java.util.Comparator;
import java.util.List;

/**
 * The warning signs found in one situation, weighed into a risk level.
 *
 * @param level the risk level from the total weight and the thresholds
 * @param totalWeight the sum of the weights of the signs found
 * @param signs the signs found, heaviest first (in the order given among equals)
 * @param thresholds the thresholds used
 */
public record WarningSignAssessment(WarningRiskLevel level, int totalWeight, List<WarningSign> signs,
		WarningRiskThresholds thresholds) {

	public WarningSignAssessment {
		signs = List.copyOf(signs);
	}

	/** Adds up the weights of the signs found and reads the level off the thresholds. */
	public static WarningSignAssessment weigh(List<WarningSign> found, WarningRiskThresholds thresholds) {
		int total = found.stream().mapToInt(WarningSign::weight).sum();
		List<WarningSign> heaviestFirst = found.stream()
			.sorted(Comparator.comparingInt(WarningSign::weight).reversed())
			.toList();
		return new WarningSignAssessment(thresholds.levelOf(total), total, heaviestFirst, thresholds);
	}

}
