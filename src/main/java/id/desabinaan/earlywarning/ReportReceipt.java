package id.desabinaan.earlywarning;

import java.util.List;

/**
 * What the reporter gets once his report is stored (the transaction has committed).
 *
 * @param reportId the report's internal id (never shown to a resident)
 * @param receiptCode the receipt code: the only key to the report's status page
 * @param attachmentDigests the SHA-256 (lower-case hex) of each stored attachment, in
 * order
 */
public record ReportReceipt(long reportId, String receiptCode, List<String> attachmentDigests) {

	public ReportReceipt {
		attachmentDigests = List.copyOf(attachmentDigests);
	}

}
