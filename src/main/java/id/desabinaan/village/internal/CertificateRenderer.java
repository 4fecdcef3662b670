package id.desabinaan.village.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import id.desabinaan.platform.QrCodes;

/**
 * Draws the certificate of a designated partner village as an A4 landscape PDF with the
 * embedded DejaVu Sans font and a QR code that opens the public verification page.
 */
@Component
public class CertificateRenderer {

	private static final String FAMILY = "DejaVu Sans";

	private final MessageSource messages;

	private final String baseUrl;

	CertificateRenderer(MessageSource messages,
			@Value("${desabinaan.public-base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The absolute address the certificate's QR code opens. */
	public String verificationUrl(DesignationView designation) {
		return this.baseUrl + "/verifikasi/" + designation.verificationCode();
	}

	public byte[] render(DesignationView designation, Locale locale) {
		String date = designation.decreeDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		String url = verificationUrl(designation);
		String html = """
				<html><head><style>
				@page { size: A4 landscape; margin: 1.5cm; }
				body { font-family: '%s'; text-align: center; color: #1b2a41; }
				.frame { border: 4px double #1b4f72; padding: 0.8cm; }
				h1 { font-size: 26pt; font-weight: bold; margin: 0.3cm 0; }
				.office { font-size: 14pt; font-weight: bold; }
				.village { font-size: 22pt; font-weight: bold; margin: 0.3cm 0 0.1cm 0; }
				.code { font-size: 12pt; }
				p { font-size: 12pt; margin: 0.2cm 0; }
				img { width: 3.5cm; height: 3.5cm; }
				.small { font-size: 9pt; }
				</style></head><body><div class="frame">
				<div class="office">%s</div>
				<h1>%s</h1>
				<p>%s</p>
				<div class="village">%s</div>
				<div class="code">%s</div>
				<p>%s</p>
				<p>%s</p>
				<img src="%s"/>
				<p class="small">%s</p>
				</div></body></html>
				""".formatted(FAMILY, text(designation.officeName()), msg("village.certificate.title", locale),
				msg("village.certificate.body", locale), text(designation.villageFullName()),
				text(designation.villageCode()),
				text(this.messages.getMessage("village.certificate.decree",
						new Object[] { designation.decreeNumber(), date }, locale)),
				text(this.messages.getMessage("village.certificate.signatory",
						new Object[] { designation.signingOfficial() }, locale)),
				QrCodes.pngDataUri(url),
				text(this.messages.getMessage("village.certificate.verify", new Object[] { url }, locale)));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> CertificateRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> CertificateRenderer.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FAMILY,
					700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private String msg(String code, Locale locale) {
		return text(this.messages.getMessage(code, null, locale));
	}

	private static String text(String value) {
		return (value != null) ? HtmlUtils.htmlEscape(value, "UTF-8") : "";
	}

}
