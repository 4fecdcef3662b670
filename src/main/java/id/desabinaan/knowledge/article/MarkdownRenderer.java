package id.desabinaan.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Renders article Markdown (CommonMark with tables) to HTML that is safe to put in a
 * page, and to plain text. Two independent barriers: CommonMark escapes every raw HTML
 * block and inline tag (they show as text) and keeps only http, https, mailto, tel and
 * site-relative link addresses; the result then passes jsoup's sanitiser with a short
 * allow-list of tags and attributes (no script, no style, no event handler, no image, no
 * iframe). Headings start at {@code h2} (the page title is the {@code h1}). A paragraph
 * holding only {@value #HELP_CONTACTS} becomes the list of help contacts.
 */
@Component
public class MarkdownRenderer {

	/** Placeholder for the list of help contacts (the editable table). */
	public static final String HELP_CONTACTS = "{{kontak-bantuan}}";

	/** Base address for jsoup's check of relative links; never shown. */
	private static final String BASE = "https://desabinaan.invalid";

	private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:|tel:|/(?!/)|#).*");

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Safelist SAFELIST = new Safelist()
		.addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "blockquote", "ul", "ol",
				"li", "a", "table", "thead", "tbody", "tr", "th", "td", "del")
		.addAttributes("a", "href", "title")
		.addAttributes("ol", "start")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addProtocols("a", "href", "http", "https", "mailto", "tel")
		.preserveRelativeLinks(true);

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer html = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new SafeUrls())
		.build();

	private final TextContentRenderer text = TextContentRenderer.builder()
		.extensions(EXTENSIONS)
		.lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
		.nodeRendererFactory(LinkText::new)
		.build();

	/**
	 * The Markdown as safe HTML and as plain text.
	 *
	 * @param html sanitised HTML (XHTML syntax, so that PDF renderers take it too)
	 * @param text plain text
	 */
	public record Rendered(String html, String text) {
	}

	/** A help contact as the placeholder lists it. */
	record Contact(String name, String phone, String website, String note) {
	}

	public Rendered render(String markdown, List<Contact> contacts) {
		Node document = this.parser.parse((markdown != null) ? markdown : "");
		shiftHeadings(document);
		replacePlaceholders(document, contacts);
		return new Rendered(sanitize(this.html.render(document)), this.text.render(document).strip());
	}

	/** The contacts of a language, as the placeholder shows them. */
	static List<Contact> contacts(List<HelpContact> contacts, String language) {
		return contacts.stream()
			.map((contact) -> new Contact(contact.name(language), contact.getPhone(), contact.getWebsite(),
					contact.note(language)))
			.toList();
	}

	static String sanitize(String html) {
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false)
			.syntax(Document.OutputSettings.Syntax.xml)
			.escapeMode(Entities.EscapeMode.xhtml)
			.charset("UTF-8");
		return Jsoup.clean(html, BASE, SAFELIST, output);
	}

	/** Headings move one level down when the author used a level-1 heading. */
	private static void shiftHeadings(Node document) {
		List<Heading> headings = new ArrayList<>();
		document.accept(new AbstractVisitor() {

			@Override
			public void visit(Heading heading) {
				headings.add(heading);
			}

		});
		if (headings.stream().anyMatch((heading) -> heading.getLevel() == 1)) {
			headings.forEach((heading) -> heading.setLevel(Math.min(6, heading.getLevel() + 1)));
		}
	}

	private static void replacePlaceholders(Node document, List<Contact> contacts) {
		List<Paragraph> placeholders = new ArrayList<>();
		document.accept(new AbstractVisitor() {

			@Override
			public void visit(Paragraph paragraph) {
				Node only = paragraph.getFirstChild();
				if (only instanceof Text text && only.getNext() == null
						&& HELP_CONTACTS.equals(text.getLiteral().strip())) {
					placeholders.add(paragraph);
				}
			}

		});
		for (Paragraph placeholder : placeholders) {
			placeholder.insertBefore(contactList(contacts));
			placeholder.unlink();
		}
	}

	private static Node contactList(List<Contact> contacts) {
		BulletList list = new BulletList();
		list.setMarker("-");
		list.setTight(true);
		for (Contact contact : contacts) {
			Paragraph line = new Paragraph();
			StrongEmphasis name = new StrongEmphasis();
			name.appendChild(new Text(contact.name()));
			line.appendChild(name);
			if (contact.phone() != null) {
				line.appendChild(new Text(": "));
				Link call = new Link("tel:" + contact.phone().replaceAll("[^0-9+]", ""), null);
				call.appendChild(new Text(contact.phone()));
				line.appendChild(call);
			}
			if (contact.website() != null) {
				line.appendChild(new Text((contact.phone() != null) ? " \u00b7 " : ": "));
				Link site = new Link(contact.website(), null);
				site.appendChild(new Text(contact.website().replaceFirst("^https://", "")));
				line.appendChild(site);
			}
			if (contact.note() != null) {
				line.appendChild(new Text(" \u2014 " + contact.note()));
			}
			ListItem item = new ListItem();
			item.appendChild(line);
			list.appendChild(item);
		}
		return list;
	}

	/** In plain text a link is its words (no quotes, no address). */
	private record LinkText(TextContentNodeRendererContext context) implements NodeRenderer {

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Link.class);
		}

		@Override
		public void render(Node node) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				this.context.render(child);
			}
		}

	}

	/** Keeps only addresses a resident can safely follow; anything else becomes empty. */
	private static final class SafeUrls implements UrlSanitizer {

		@Override
		public String sanitizeLinkUrl(String url) {
			String trimmed = (url != null) ? url.strip() : "";
			return SAFE_URL.matcher(trimmed).matches() && !trimmed.toLowerCase(Locale.ROOT).contains("javascript:")
					? trimmed : "";
		}

		@Override
		public String sanitizeImageUrl(String url) {
			return "";
		}

	}

}
