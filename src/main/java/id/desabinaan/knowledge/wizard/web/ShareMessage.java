package id.desabinaan.knowledge.wizard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import id.desabinaan.knowledge.PassportAdvice;
import id.desabinaan.knowledge.PassportFee;
import id.desabinaan.knowledge.RequiredDocument;

/**
 * The wizard's result as a short plain text for a WhatsApp message (the documents, the
 * fees, where to apply and the link to the full result), and the {@code wa.me} link that
 * opens WhatsApp with it: no script, the text is in the link.
 */
final class ShareMessage {

	private ShareMessage() {
	}

	static String text(PassportAdvice advice, String link, String officeLine, MessageSource messages, Locale locale) {
		StringBuilder text = new StringBuilder();
		text.append(messages.getMessage("knowledge.share.heading", null, locale)).append('\n');
		text.append(messages.getMessage("knowledge.share.documents", null, locale)).append('\n');
		for (RequiredDocument document : advice.documents()) {
			text.append("- ").append(document.text(locale)).append('\n');
		}
		String fees = advice.fees()
			.stream()
			.map((fee) -> messages.getMessage("knowledge.fee." + fee.component(), null, locale) + " "
					+ rupiah(fee, locale))
			.collect(Collectors.joining("; "));
		text.append(messages.getMessage("knowledge.share.fees", new Object[] { fees }, locale)).append('\n');
		text.append(
				messages.getMessage("knowledge.share.total", new Object[] { rupiah(advice.total(), locale) }, locale))
			.append('\n');
		text.append(officeLine).append('\n');
		text.append(link);
		return text.toString();
	}

	/** {@code https://wa.me/?text=...} with the text percent-encoded (spaces as %20). */
	static String whatsappLink(String text) {
		return "https://wa.me/?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String rupiah(PassportFee fee, Locale locale) {
		return rupiah(fee.amount(), locale);
	}

	/** "Rp950.000" (Indonesian grouping) or "Rp950,000" (English). */
	static String rupiah(long amount, Locale locale) {
		return "Rp" + NumberFormat.getIntegerInstance(locale).format(amount);
	}

}
