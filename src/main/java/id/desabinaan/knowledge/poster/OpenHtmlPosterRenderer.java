package id.desabinaan.knowledge.poster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import id.desabinaan.knowledge.Poster;
import id.desabinaan.knowledge.PosterContact;
import id.desabinaan.knowledge.PosterRenderer;
import id.desabinaan.knowledge.PosterSection;
import id.desabinaan.platform.QrCodes;

/**
 * {@link PosterRenderer} with openhtmltopdf: the poster is written as XHTML (every text
 * escaped), laid out on A4 portrait with the embedded DejaVu Sans font. To keep a poster
 * on one sheet, it is laid out again with a smaller type size while it runs over one page
 * (down to a size still readable on a notice board); longer content then takes more
 * pages.
 */
@Component
class OpenHtmlPosterRenderer implements PosterRenderer {

	private static final String FAMILY = "DejaVu Sans";

	/** Body type sizes in points, tried in order until the poster fits one page. */
	private static final List<Double> TYPE_SIZES = List.of(13.0, 11.5, 10.0, 9.0, 8.0);

	/** The type size at which a poster too long for one page is cut. */
	private static final double CUT_SIZE = 10.0;

	private static final String STYLE = """
			@page { size: A4 portrait; margin: 1.3cm 1.4cm; }
			body { font-family: '%s'; font-size: %.1fpt; line-height: 1.3; color: #000; }
			.band { border-bottom: 4px solid #0b4f8a; padding-bottom: 0.25cm; margin-bottom: 0.3cm; }
			h1 { font-size: 2.1em; font-weight: bold; margin: 0; }
			.lead { font-size: 1.15em; margin: 0.2cm 0 0 0; }
			h2 { font-size: 1.25em; font-weight: bold; margin: 0.35cm 0 0.1cm 0; color: #0b4f8a; }
			p { margin: 0 0 0.12cm 0; }
			ul { margin: 0; padding-left: 0.55cm; }
			li { margin-bottom: 0.08cm; }
			table.foot { width: 100%%; margin-top: 0.4cm; border-top: 1px solid #666; padding-top: 0.25cm; }
			td { vertical-align: top; }
			td.qr { width: 4.2cm; text-align: center; }
			img { width: 3.6cm; height: 3.6cm; }
			.contact { border: 2px solid #0b4f8a; padding: 0.25cm; margin-right: 0.4cm; }
			.contact-heading { font-weight: bold; font-size: 1.1em; }
			.name { font-weight: bold; }
			.small { font-size: 0.8em; word-wrap: break-word; }
			.more { font-weight: bold; margin-top: 0.3cm; word-wrap: break-word; }
			""";

	private final MessageSource messages;

	private final String baseUrl;

	OpenHtmlPosterRenderer(MessageSource messages,
			@Value("${desabinaan.public-base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Override
	public String publicUrl(String path) {
		return this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

	@Override
	public byte[] render(Poster poster, Locale locale) {
		byte[] pdf = null;
		for (double size : TYPE_SIZES) {
			pdf = layOut(html(poster, locale, size, null));
			if (pages(pdf) <= 1) {
				return pdf;
			}
		}
		return pdf;
	}

	@Override
	public byte[] renderOnePage(Poster poster, Locale locale) {
		byte[] whole = render(poster, locale);
		if (pages(whole) <= 1) {
			return whole;
		}
		String more = this.messages.getMessage("knowledge.poster.readMore", new Object[] { poster.pageUrl() }, locale);
		// The most paragraphs and items that still fit, found by halving: a layout costs
		// tens of milliseconds, so a long article takes a handful of them.
		int fits = 0;
		byte[] best = layOut(html(poster.firstBlocks(0), locale, CUT_SIZE, more));
		int tooMany = poster.blocks();
		while (tooMany - fits > 1) {
			int middle = (fits + tooMany) / 2;
			byte[] candidate = layOut(html(poster.firstBlocks(middle), locale, CUT_SIZE, more));
			if (pages(candidate) <= 1) {
				fits = middle;
				best = candidate;
			}
			else {
				tooMany = middle;
			}
		}
		return best;
	}

	private String html(Poster poster, Locale locale, double typeSize, String more) {
		StringBuilder html = new StringBuilder("<html><head><style>")
			.append(String.format(Locale.ROOT, STYLE, FAMILY, typeSize))
			.append("</style></head><body><div class=\"band\"><h1>")
			.append(text(poster.title()))
			.append("</h1>");
		if (poster.lead() != null && !poster.lead().isBlank()) {
			html.append("<p class=\"lead\">").append(text(poster.lead())).append("</p>");
		}
		html.append("</div>");
		for (PosterSection section : poster.sections()) {
			if (!section.heading().isBlank()) {
				html.append("<h2>").append(text(section.heading())).append("</h2>");
			}
			section.paragraphs().forEach((paragraph) -> html.append("<p>").append(text(paragraph)).append("</p>"));
			if (!section.items().isEmpty()) {
				html.append("<ul>");
				section.items().forEach((item) -> html.append("<li>").append(text(item)).append("</li>"));
				html.append("</ul>");
			}
		}
		if (more != null) {
			html.append("<p class=\"more\">").append(text(more)).append("</p>");
		}
		html.append("<table class=\"foot\"><tr><td>");
		if (poster.contact() != null) {
			html.append(contact(poster.contact(), locale));
		}
		html.append("</td><td class=\"qr\"><img src=\"")
			.append(QrCodes.pngDataUri(poster.pageUrl()))
			.append("\"/><div class=\"small\">")
			.append(text(this.messages.getMessage("jobcheck.poster.scan", null, locale)))
			.append("</div></td></tr></table><p class=\"small\">")
			.append(text(poster.pageUrl()))
			.append("</p></body></html>");
		return html.toString();
	}

	private String contact(PosterContact contact, Locale locale) {
		StringBuilder block = new StringBuilder("<div class=\"contact\"><div class=\"contact-heading\">")
			.append(text(contact.heading()))
			.append("</div><div class=\"name\">")
			.append(text(contact.name()))
			.append("</div>");
		line(block, null, contact.address(), locale);
		line(block, "jobcheck.poster.phone", contact.phone(), locale);
		line(block, "jobcheck.poster.email", contact.email(), locale);
		line(block, "jobcheck.poster.web", contact.webAddress(), locale);
		return block.append("</div>").toString();
	}

	private void line(StringBuilder block, String labelCode, String value, Locale locale) {
		if (value == null || value.isBlank()) {
			return;
		}
		block.append("<div>");
		if (labelCode != null) {
			block.append(text(this.messages.getMessage(labelCode, null, locale))).append(": ");
		}
		block.append(text(value)).append("</div>");
	}

	private static byte[] layOut(String html) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> OpenHtmlPosterRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FAMILY,
					400, FontStyle.NORMAL, true);
			builder.useFont(() -> OpenHtmlPosterRenderer.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
					FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(String value) {
		return (value != null) ? HtmlUtils.htmlEscape(value, "UTF-8") : "";
	}

}
