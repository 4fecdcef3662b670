package id.desabinaan.earlywarning.subject;

import java.util.List;

/**
 * The subjects one report names, with their figures, and the report's duplicates.
 *
 * @param report the report
 * @param subjects the subjects it names, in the order found
 * @param mergedFrom readable reports merged into this one
 * @param duplicates open duplicate proposals that involve it
 */
public record ReportSubjects(ReportLine report, List<NamedSubject> subjects, List<ReportLine> mergedFrom,
		List<DuplicateLine> duplicates) {

	/**
	 * A subject as this report names it.
	 *
	 * @param subject the subject with its figures
	 * @param fieldKey the field it was found in
	 * @param writtenAs how it was written
	 * @param similarity the name match in percent when linked to a differently spelled
	 * name, otherwise {@code null}
	 */
	public record NamedSubject(SubjectLine subject, String fieldKey, String writtenAs, Integer similarity) {
	}

}
