package id.desabinaan.earlywarning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.desabinaan.shared.CurrentUser;

/**
 * What a reporter sends, whatever the channel: the public form and API, the staff and
 * village forms, and later an SMS or WhatsApp adapter (which fills it from a message and
 * calls {@link ReportIntake#submit(ReportSubmission)}; nothing else changes).
 *
 * @param category what the report is about
 * @param channel how it reached the office
 * @param reporterKind who stands behind it; ANONYMOUS and RESIDENT need no account,
 * VILLAGE_OFFICIAL and STAFF need {@code submittedBy}
 * @param villageCode the desa/kelurahan code where it happens
 * @param placeText optional free text about the place
 * @param latitude optional pin, only when the reporter chose to set one
 * @param longitude optional pin, only when the reporter chose to set one
 * @param description what happened, in the reporter's words
 * @param details the category's structured fields ({@link ReportField#key()} -> value)
 * @param indicators answers to the warning-sign checklist (sign code -> answer)
 * @param contact contact details a reporter chose to give, or {@code null}
 * @param language the reporter's language ({@code id} or {@code en})
 * @param submissionKey the one-time key of the form or the API's Idempotency-Key: a
 * resend with the same key and content gets the same receipt, may be {@code null}
 * @param onBehalf whether staff took the report down for someone else
 * @param submittedBy the signed-in account that sends it, {@code null} for residents
 * @param attachments photos and documents as uploaded (checked and cleaned by the intake)
 * @param keptAttachments keys of attachments already checked and stored earlier (a form
 * shown again after an error keeps them)
 */
public record ReportSubmission(ReportCategory category, ReportChannel channel, ReporterKind reporterKind,
		String villageCode, String placeText, BigDecimal latitude, BigDecimal longitude, String description,
		Map<String, String> details, Map<String, IndicatorAnswer> indicators, Contact contact, String language,
		String submissionKey, boolean onBehalf, CurrentUser submittedBy, List<Upload> attachments,
		List<String> keptAttachments) {

	public ReportSubmission {
		details = (details != null) ? Map.copyOf(details) : Map.of();
		indicators = (indicators != null) ? Map.copyOf(indicators) : Map.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		keptAttachments = (keptAttachments != null) ? List.copyOf(keptAttachments) : List.of();
	}

	/**
	 * Contact details a reporter chose to give, with his consent to be contacted.
	 *
	 * @param name name, optional
	 * @param phone phone or WhatsApp number, optional
	 * @param email e-mail, optional
	 * @param consent whether he agreed that the office contacts him
	 */
	public record Contact(String name, String phone, String email, boolean consent) {

		/** Whether nothing was given. */
		public boolean isEmpty() {
			return blank(this.name) && blank(this.phone) && blank(this.email);
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

	}

	/**
	 * One uploaded file as received; its name only helps to refuse a file whose name
	 * claims another kind than its content. The name is never stored.
	 *
	 * @param fileName the name the sender gave, may be {@code null}
	 * @param content the bytes
	 */
	public record Upload(String fileName, byte[] content) {

	}

}
