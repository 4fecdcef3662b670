package id.desabinaan.knowledge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The warning signs of unsafe migration and trafficking as reviewed, dated data: what the
 * job-offer check weighs, and the checklist an early-warning report asks about. Every
 * sign has a stable code; its texts and weight change only through review, and each
 * change applies from its "valid from" date, so ask for the date that matters (today in
 * the office's time zone, or the date of a report).
 */
public interface WarningSigns {

	/** The signs in force on the date that apply to the context, in their set order. */
	List<WarningSign> inForce(WarningSignContext context, LocalDate date);

	/** The version of one sign in force on the date, if any. */
	Optional<WarningSign> find(String code, LocalDate date);

	/** The risk thresholds in force on the date. */
	WarningRiskThresholds thresholds(LocalDate date);

	/**
	 * Weighs the signs found (by code) with the versions and thresholds in force on the
	 * date. Codes that have no version in force are ignored.
	 */
	WarningSignAssessment assess(Collection<String> codes, LocalDate date);

}
