package id.desabinaan.earlywarning;

/**
 * The one entrance of early-warning reports, for every channel. It checks the submission
 * (category fields, village, checklist, attachments, the sender's role and scope), scores
 * the risk from the warning-sign checklist, stores the report with its trail entry and
 * attachments, publishes {@link ReportReceived} inside the transaction, and returns only
 * after the transaction has committed: a receipt that is shown always names a stored
 * report. A resend with the same submission key and content returns the first receipt.
 *
 * <p>
 * What a protected reporter (anonymous or resident) sends keeps no IP address, no user
 * agent and no moment, only the date.
 */
public interface ReportIntake {

	/**
	 * Stores a report.
	 * @throws id.desabinaan.shared.InvalidInputException naming the field for bad input
	 * @throws org.springframework.security.access.AccessDeniedException when the sender
	 * may not report (viewers, administrators) or the village lies outside his scope
	 */
	ReportReceipt submit(ReportSubmission submission);

}
