package id.desabinaan.earlywarning.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.knowledge.WarningSign;
import id.desabinaan.knowledge.WarningSignAssessment;
import id.desabinaan.knowledge.WarningSignContext;
import id.desabinaan.knowledge.WarningSigns;
import id.desabinaan.shared.InvalidInputException;

/**
 * The warning-sign checklist of a report and its risk: the same reviewed signs as the
 * job-offer check (those asked in the REPORT context), in the versions in force on the
 * report's date. Every sign answered YES adds its weight; the thresholds in force turn
 * the total into a level; the signs found are the reasons shown. NO and UNKNOWN add
 * nothing.
 */
@Component
public class RiskScoring {

	private final WarningSigns signs;

	RiskScoring(WarningSigns signs) {
		this.signs = signs;
	}

	/**
	 * A report's risk.
	 *
	 * @param total the sum of the weights of the signs answered YES
	 * @param level the level from the thresholds in force
	 * @param reasons the signs answered YES, heaviest first
	 * @param versions the version of each sign asked (code -> version)
	 */
	public record Score(int total, WarningRiskLevel level, List<WarningSign> reasons, Map<String, Integer> versions) {
	}

	/** The signs of the checklist on a date, in their set order. */
	public List<WarningSign> checklist(LocalDate date) {
		return this.signs.inForce(WarningSignContext.REPORT, date);
	}

	/**
	 * The answers, keeping only signs of the checklist.
	 * @throws InvalidInputException on {@code indicators} for a code not in the checklist
	 */
	public Map<String, IndicatorAnswer> checkAnswers(Map<String, IndicatorAnswer> answers, LocalDate date) {
		Map<String, WarningSign> asked = new LinkedHashMap<>();
		checklist(date).forEach((sign) -> asked.put(sign.code(), sign));
		Map<String, IndicatorAnswer> kept = new LinkedHashMap<>();
		answers.forEach((code, answer) -> {
			if (!asked.containsKey(code)) {
				throw new InvalidInputException("indicators", "ewintake.error.indicator.unknown", code);
			}
			if (answer != null) {
				kept.put(code, answer);
			}
		});
		return kept;
	}

	/** Weighs the answers with the signs and thresholds in force on the date. */
	public Score score(Map<String, IndicatorAnswer> answers, LocalDate date) {
		Map<String, Integer> versions = new LinkedHashMap<>();
		for (WarningSign sign : checklist(date)) {
			if (answers.containsKey(sign.code())) {
				versions.put(sign.code(), sign.version());
			}
		}
		List<String> yes = answers.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == IndicatorAnswer.YES && versions.containsKey(entry.getKey()))
			.map(Map.Entry::getKey)
			.toList();
		WarningSignAssessment assessment = this.signs.assess(yes, date);
		return new Score(assessment.totalWeight(), assessment.level(), assessment.signs(), versions);
	}

}
