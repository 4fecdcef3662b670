package id.desabinaan.earlywarning.subject;

import java.util.List;

/**
 * One subject and the readable reports that name it, newest first.
 *
 * @param subject the subject and its figures
 * @param reports the reports, each with how it wrote the subject
 * @param more whether there are more reports than listed
 */
public record SubjectPage(SubjectLine subject, List<NamingReport> reports, boolean more) {

	/**
	 * A report naming the subject.
	 *
	 * @param report the report
	 * @param writtenAs how the report wrote it, per field
	 */
	public record NamingReport(ReportLine report, List<String> writtenAs) {
	}

}
