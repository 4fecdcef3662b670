package id.desabinaan.knowledge.jobcheck;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.WarningRiskThresholds;
import id.desabinaan.knowledge.WarningSign;
import id.desabinaan.knowledge.WarningSignAssessment;
import id.desabinaan.knowledge.WarningSignContext;
import id.desabinaan.knowledge.WarningSigns;

/** {@link WarningSigns} over the published versions in the database. */
@Service
@Transactional(readOnly = true)
class JpaWarningSigns implements WarningSigns {

	private final Indicators indicators;

	private final ThresholdVersions thresholds;

	JpaWarningSigns(Indicators indicators, ThresholdVersions thresholds) {
		this.indicators = indicators;
		this.thresholds = thresholds;
	}

	@Override
	public List<WarningSign> inForce(WarningSignContext context, LocalDate date) {
		return this.indicators.findAllWithVersions()
			.stream()
			.flatMap((indicator) -> indicator.inForce(date).stream())
			.map(IndicatorVersion::toSign)
			.filter((sign) -> sign.appliesTo(context))
			.toList();
	}

	@Override
	public Optional<WarningSign> find(String code, LocalDate date) {
		return this.indicators.findByCode(code)
			.flatMap((indicator) -> indicator.inForce(date))
			.map(IndicatorVersion::toSign);
	}

	@Override
	public WarningRiskThresholds thresholds(LocalDate date) {
		return ReviewedVersion.inForce(this.thresholds.findAllByOrderByNumber(), date)
			.orElseThrow(() -> new IllegalStateException("No risk thresholds in force on " + date
					+ ": the shipped data (warning-signs.json) loads them at start-up"))
			.toThresholds();
	}

	@Override
	public WarningSignAssessment assess(Collection<String> codes, LocalDate date) {
		Set<String> found = Set.copyOf(codes);
		List<WarningSign> signs = this.indicators.findAllWithVersions()
			.stream()
			.filter((indicator) -> found.contains(indicator.getCode()))
			.flatMap((indicator) -> indicator.inForce(date).stream())
			.map(IndicatorVersion::toSign)
			.toList();
		return WarningSignAssessment.weigh(signs, thresholds(date));
	}

}
