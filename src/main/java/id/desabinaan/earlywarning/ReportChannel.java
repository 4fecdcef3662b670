package id.desabinaan.earlywarning;

/** How a report reached the office; recorded on every report. */
public enum ReportChannel {

	/** The public form at {@code /lapor} or the staff and village forms. */
	WEB,
	/** {@code POST /api/v1/reports} by a program. */
	API,
	/** An SMS keyword message (messaging module adapter). */
	SMS,
	/** A WhatsApp message (messaging module adapter). */
	WHATSAPP,
	/** Told in person or by telephone and written down by staff. */
	IN_PERSON

}
