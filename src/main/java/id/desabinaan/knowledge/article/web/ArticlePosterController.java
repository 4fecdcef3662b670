package id.desabinaan.knowledge.article.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.desabinaan.knowledge.ArticleDirectory.PublishedArticle;
import id.desabinaan.knowledge.Poster;
import id.desabinaan.knowledge.PosterContact;
import id.desabinaan.knowledge.PosterRenderer;
import id.desabinaan.knowledge.PosterSection;
import id.desabinaan.knowledge.article.PublicArticles;
import id.desabinaan.knowledge.article.PublicArticles.Page;
import id.desabinaan.office.OfficeContact;
import id.desabinaan.office.OfficeDirectory;

/**
 * Any published article as a one-page A4 poster for a village notice board
 * ({@code /info/{slug}/poster.pdf}, {@code ?lang=en} for English): title, summary, the
 * body's sections (headings, paragraphs, list items and table rows as plain text), the
 * sources, and a QR code back to the article's page. A long article is cut after what
 * fits, with "read more at" and the page's address. A local article carries the contact
 * of its office.
 */
@Controller
class ArticlePosterController {

	private final PublicArticles articles;

	private final PosterRenderer renderer;

	private final OfficeDirectory offices;

	private final MessageSource messages;

	ArticlePosterController(PublicArticles articles, PosterRenderer renderer, OfficeDirectory offices,
			MessageSource messages) {
		this.articles = articles;
		this.renderer = renderer;
		this.offices = offices;
		this.messages = messages;
	}

	@GetMapping("/info/{slug}/poster.pdf")
	ResponseEntity<byte[]> poster(@PathVariable String slug, Locale locale) {
		Page page = this.articles.page(slug, locale.getLanguage());
		Poster poster = poster(page, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("poster-" + page.article().slug() + ".pdf").build().toString())
			.body(this.renderer.renderOnePage(poster, locale));
	}

	private Poster poster(Page page, Locale locale) {
		PublishedArticle article = page.article();
		String path = article.path() + ("en".equals(article.language()) ? "?lang=en" : "");
		List<PosterSection> sections = new ArrayList<>(sections(article.html()));
		if (!article.sources().isEmpty()) {
			sections.add(PosterSection.items(msg(locale, "article.page.sources"),
					article.sources().stream().map((source) -> source.title()).toList()));
		}
		PosterContact contact = null;
		if (page.office() != null) {
			OfficeContact office = this.offices.contact(page.office().id()).orElse(null);
			contact = new PosterContact(msg(locale, "article.poster.contact"), page.office().name(),
					(office != null) ? office.address() : null, (office != null) ? office.phone() : null,
					(office != null) ? office.email() : null,
					this.renderer.publicUrl("/kantor/" + page.office().code()));
		}
		return new Poster(article.title(), article.summary(), sections, this.renderer.publicUrl(path), contact);
	}

	/**
	 * The sanitised body as poster sections: each {@code h2} starts a section (text
	 * before the first one goes into a section without heading); paragraphs, smaller
	 * headings and quotes are paragraphs; list items and table rows are items.
	 */
	static List<PosterSection> sections(String html) {
		List<PosterSection> sections = new ArrayList<>();
		String heading = "";
		List<String> paragraphs = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (Element block : Jsoup.parseBodyFragment(html).body().children()) {
			String tag = block.tagName();
			if (tag.equals("h2")) {
				add(sections, heading, paragraphs, items);
				heading = block.text();
				paragraphs = new ArrayList<>();
				items = new ArrayList<>();
			}
			else if (tag.equals("ul") || tag.equals("ol")) {
				for (Element item : block.children()) {
					items.add(item.text());
				}
			}
			else if (tag.equals("table")) {
				for (Element row : block.select("tr")) {
					items.add(String.join(" | ", row.children().eachText()));
				}
			}
			else if (!block.text().isBlank()) {
				if (!items.isEmpty()) {
					// A paragraph after a list: keep reading order with a new section.
					add(sections, heading, paragraphs, items);
					heading = "";
					paragraphs = new ArrayList<>();
					items = new ArrayList<>();
				}
				paragraphs.add(block.text());
			}
		}
		add(sections, heading, paragraphs, items);
		return sections;
	}

	private static void add(List<PosterSection> sections, String heading, List<String> paragraphs, List<String> items) {
		if (!paragraphs.isEmpty() || !items.isEmpty()) {
			sections.add(new PosterSection(heading, paragraphs, items));
		}
	}

	private String msg(Locale locale, String code) {
		return this.messages.getMessage(code, null, locale);
	}

}
