package id.desabinaan.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import id.desabinaan.knowledge.article.MarkdownRenderer.Contact;
import id.desabinaan.knowledge.article.MarkdownRenderer.Rendered;

/**
 * Article Markdown becomes HTML that cannot carry script, raw HTML or dangerous links,
 * whatever an editor types.
 */
class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private Rendered render(String markdown) {
		return this.renderer.render(markdown, List.of());
	}

	private static Document html(Rendered rendered) {
		return Jsoup.parseBodyFragment(rendered.html());
	}

	@Test
	void scriptTagsNeverBecomeElements() {
		Rendered rendered = render("""
				Halo <script>alert('x')</script> warga

				<script src="https://evil.example/x.js"></script>
				""");
		Document page = html(rendered);
		assertThat(page.select("script")).isEmpty();
		assertThat(rendered.html()).doesNotContain("<script");
		assertThat(page.text()).contains("<script>alert('x')</script>");
	}

	@Test
	void rawHtmlBlocksAreShownAsTextNotRendered() {
		Rendered rendered = render("""
				<div class="x"><iframe src="https://evil.example"></iframe><img src=x onerror=alert(1)></div>

				<style>body { display: none }</style>
				""");
		Document page = html(rendered);
		assertThat(page.select("div, iframe, img, style")).isEmpty();
		assertThat(rendered.html()).doesNotContain("<iframe").doesNotContain("<img").doesNotContain("<style");
		assertThat(page.text()).contains("<iframe");
	}

	@Test
	void eventHandlerAttributesNeverReachTheHtml() {
		Rendered rendered = render("""
				<a href="/info" onclick="alert(1)">klik</a> dan <p onmouseover="alert(2)">teks</p>

				[tautan](/info "judul\\" onmouseover=\\"alert(3)")
				""");
		Document page = html(rendered);
		for (Element element : page.getAllElements()) {
			assertThat(element.attributes().asList()).noneMatch((attribute) -> attribute.getKey().startsWith("on"));
		}
		assertThat(page.select("a").attr("title")).as("an attribute value stays a value")
			.isEqualTo("judul\" onmouseover=\"alert(3)");
	}

	@Test
	void javascriptAndDataLinksLoseTheirAddress() {
		Rendered rendered = render("""
				[satu](javascript:alert(1)) [dua](JaVaScRiPt:alert(2)) [tiga](data:text/html;base64,PHNjcmlwdD4=)
				[empat](vbscript:msgbox) <javascript:alert(5)> ![gambar](javascript:alert(6))
				""");
		Document page = html(rendered);
		assertThat(page.select("a[href]").eachAttr("href"))
			.noneMatch((href) -> href.toLowerCase().contains("script") || href.startsWith("data:"));
		assertThat(page.select("img")).isEmpty();
	}

	@Test
	void safeLinksStayAsWritten() {
		Rendered rendered = render("""
				Lihat [syarat](/paspor/syarat), [situs](https://www.imigrasi.go.id), [surel](mailto:a@b.id),
				[telepon](tel:110) dan [bagian](#lokal).
				""");
		assertThat(html(rendered).select("a").eachAttr("href")).containsExactly("/paspor/syarat",
				"https://www.imigrasi.go.id", "mailto:a@b.id", "tel:110", "#lokal");
	}

	@Test
	void headingsStartBelowThePageTitle() {
		Document shifted = html(render("# Satu\n\n## Dua\n\nteks"));
		assertThat(shifted.select("h1")).isEmpty();
		assertThat(shifted.select("h2").text()).isEqualTo("Satu");
		assertThat(shifted.select("h3").text()).isEqualTo("Dua");
		Document kept = html(render("## Dua\n\n### Tiga"));
		assertThat(kept.select("h2").text()).isEqualTo("Dua");
		assertThat(kept.select("h3").text()).isEqualTo("Tiga");
	}

	@Test
	void listsTablesAndEmphasisRender() {
		Document page = html(render("""
				- **tebal** dan *miring*
				- `kode`

				| a | b |
				|---|---|
				| 1 | 2 |
				"""));
		assertThat(page.select("ul li")).hasSize(2);
		assertThat(page.select("strong").text()).isEqualTo("tebal");
		assertThat(page.select("em").text()).isEqualTo("miring");
		assertThat(page.select("table td").eachText()).containsExactly("1", "2");
	}

	@Test
	void helpContactPlaceholderBecomesAnEscapedList() {
		List<Contact> contacts = List.of(new Contact("Polisi <b>darurat</b>", "110", null, "Keadaan darurat"),
				new Contact("Situs", null, "https://www.imigrasi.go.id", null),
				new Contact("Kantor", "0286 321", "/kantor", "Jam kerja"));
		Rendered rendered = this.renderer.render("Sebelum\n\n{{kontak-bantuan}}\n\nSesudah", contacts);
		Document page = html(rendered);
		assertThat(page.select("ul li")).hasSize(3);
		assertThat(page.select("b")).isEmpty();
		assertThat(page.select("li strong").first().text()).isEqualTo("Polisi <b>darurat</b>");
		assertThat(page.select("a").eachAttr("href")).containsExactly("tel:110", "https://www.imigrasi.go.id",
				"tel:0286321", "/kantor");
		assertThat(rendered.html()).doesNotContain("{{kontak-bantuan}}");
		assertThat(rendered.text()).contains("Polisi <b>darurat</b>", "110", "Sebelum", "Sesudah");
	}

	@Test
	void placeholderInsideASentenceStaysText() {
		Rendered rendered = this.renderer.render("Lihat {{kontak-bantuan}} di sini",
				List.of(new Contact("Polisi", "110", null, null)));
		assertThat(html(rendered).select("li")).isEmpty();
		assertThat(rendered.text()).contains("{{kontak-bantuan}}");
	}

	@Test
	void plainTextHasNoMarkup() {
		Rendered rendered = render("## Judul\n\nTeks **tebal** dengan [tautan](/info).");
		assertThat(rendered.text()).contains("Judul", "Teks tebal dengan tautan").doesNotContain("**", "##", "<");
	}

}
