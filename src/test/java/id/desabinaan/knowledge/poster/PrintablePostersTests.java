package id.desabinaan.knowledge.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.desabinaan.knowledge.ArticleDirectory;
import id.desabinaan.knowledge.ArticleDirectory.PublishedArticle;
import id.desabinaan.knowledge.PassportAdvice;
import id.desabinaan.knowledge.PassportApplicationType;
import id.desabinaan.knowledge.PassportGuide;
import id.desabinaan.knowledge.PassportQuestions;
import id.desabinaan.knowledge.PassportValidity;
import id.desabinaan.knowledge.Poster;
import id.desabinaan.knowledge.PosterRenderer;
import id.desabinaan.knowledge.PosterSection;
import id.desabinaan.knowledge.article.ArticleFixtures;
import id.desabinaan.knowledge.article.ArticleContent;
import id.desabinaan.office.OfficeContact;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;

/**
 * Any article and any wizard result printed for the village notice board, read back as a
 * person reads the sheet: one A4 portrait page, the title and the figures in the text,
 * and a QR code that opens the page the poster was printed from. A long article is cut
 * cleanly with "read more at" its address; a local article carries its office's contact;
 * a wizard poster carries the serving office's contact when a region was given.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class PrintablePostersTests {

	static final String BASE = "http://localhost:8080";

	@LocalServerPort
	int port;

	@Autowired
	ArticleDirectory articles;

	@Autowired
	PassportGuide guide;

	@Autowired
	OfficeDirectory offices;

	@Autowired
	PosterRenderer renderer;

	@Autowired
	ArticleFixtures fixtures;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aStarterArticlePrintsOnOneA4PageWithItsTitleAndAQrCodeToItsPage() throws Exception {
		PublishedArticle article = this.articles.findPublished("e-paspor", "id").orElseThrow();
		HttpResponse<byte[]> response = get("/info/e-paspor/poster.pdf");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		Certificate poster = read(response.body());
		assertA4Portrait(response.body());
		picture(response.body(), "starter-article");
		assertThat(poster.pages()).isEqualTo(1);
		assertThat(poster.text()).contains(article.title(), "Autogate", "Jepang", "Jeju");
		assertThat(poster.qr()).isEqualTo(BASE + "/info/e-paspor");
	}

	@Test
	void anEnglishPosterPrintsTheEnglishArticleAndItsQrOpensTheEnglishPage() throws Exception {
		PublishedArticle article = this.articles.findPublished("paspor-anak", "en").orElseThrow();
		Certificate poster = read(get("/info/paspor-anak/poster.pdf?lang=en").body());

		assertThat(poster.pages()).isEqualTo(1);
		assertThat(poster.text()).contains(article.title(), "Scan to open this page");
		assertThat(poster.qr()).isEqualTo(BASE + "/info/paspor-anak?lang=en");
	}

	@Test
	void aLongLocalArticleIsCutCleanlyWithReadMoreAndCarriesItsOfficesContact() throws Exception {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", false);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", false);
		StringBuilder body = new StringBuilder();
		for (int part = 1; part <= 12; part++) {
			body.append("## Bagian ").append(part).append("\n\n");
			for (int line = 1; line <= 6; line++) {
				body.append("Paragraf ")
					.append(part)
					.append('.')
					.append(line)
					.append(": jadwal layanan paspor di kantor, dengan keterangan yang cukup panjang untuk mengisi satu")
					.append(" baris penuh di poster.\n\n");
			}
			body.append("- Butir pertama bagian ").append(part).append("\n- Butir kedua\n\n");
		}
		String slug = this.fixtures.published(author, reviewer, this.fixtures.officeId("KANIM-WONOSOBO"),
				ArticleFixtures.content("Layanan panjang", "Long service notice", body.toString(),
						"## Part\n\nShort."));
		OfficeContact contact = this.offices.contact(this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id())
			.orElseThrow();

		byte[] pdf = get("/info/" + slug + "/poster.pdf").body();
		picture(pdf, "long-local-article");
		Certificate poster = read(pdf);

		assertThat(poster.pages()).isEqualTo(1);
		assertA4Portrait(pdf);
		assertThat(poster.text()).contains("Layanan panjang", "Bagian 1", "Paragraf 1.1",
				"Kantor Imigrasi Kelas II Non TPI Wonosobo", contact.address());
		assertThat(poster.text()).as("the end of the article is left to the page").doesNotContain("Paragraf 12.6");
		assertThat(poster.text().replace(" ", ""))
			.contains(("Baca selengkapnya di " + BASE + "/info/" + slug).replace(" ", ""));
		assertThat(poster.qr()).isEqualTo(BASE + "/info/" + slug);
	}

	@Test
	void theCutKeepsTheFirstParagraphsInReadingOrderAndNeverSpillsOntoASecondPage() throws Exception {
		List<String> paragraphs = new ArrayList<>();
		for (int i = 1; i <= 150; i++) {
			paragraphs.add("Kalimat nomor " + i + " dari sebuah artikel yang sangat panjang.");
		}
		Poster poster = new Poster("Artikel panjang", "Ringkasan.",
				List.of(new PosterSection("Bagian", paragraphs, List.of("Butir terakhir"))),
				this.renderer.publicUrl("/info/panjang"), null);

		assertThat(poster.firstBlocks(2).sections()).singleElement()
			.satisfies((section) -> assertThat(section.paragraphs()).containsExactly(paragraphs.get(0),
					paragraphs.get(1)));
		Certificate read = read(this.renderer.renderOnePage(poster, Locale.ENGLISH));

		assertThat(read.pages()).isEqualTo(1);
		assertThat(read.text()).contains("Kalimat nomor 1 ", "Read more at").doesNotContain("Butir terakhir");
		assertThat(read.qr()).isEqualTo(BASE + "/info/panjang");
	}

	@Test
	void aShortPosterIsNotCutAndHasNoReadMoreLine() throws Exception {
		Poster poster = new Poster("Pendek", null, List.of(PosterSection.paragraphs("Bagian", "Satu paragraf saja.")),
				this.renderer.publicUrl("/info/pendek"), null);

		Certificate read = read(this.renderer.renderOnePage(poster, Locale.forLanguageTag("id")));

		assertThat(read.text()).contains("Satu paragraf saja.").doesNotContain("Baca selengkapnya");
	}

	@Test
	void aWizardResultPrintsItsDocumentsFeesAndServingOfficeWithAQrCodeToTheResult() throws Exception {
		String query = "type=FIRST&under17=false&married=true&electronic=true&validity=10&sameDay=true"
				+ "&wilayah=33.07.06.2009";
		PassportAdvice advice = this.guide.advise(new PassportQuestions(PassportApplicationType.FIRST, false, true,
				true, PassportValidity.TEN_YEARS, true), this.guide.today());
		OfficeContact contact = this.offices.contact(this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id())
			.orElseThrow();

		HttpResponse<byte[]> response = get("/paspor/syarat/poster.pdf?" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		assertA4Portrait(response.body());
		picture(response.body(), "wizard-result");
		Certificate poster = read(response.body());

		assertThat(poster.pages()).isEqualTo(1);
		assertThat(poster.text()).contains("Syarat dan biaya paspor", "Dokumen asli yang dibawa",
				"Paspor elektronik, 10 tahun: " + rupiah(950_000),
				"Layanan percepatan (selesai hari yang sama): " + rupiah(1_000_000),
				"Jumlah: " + rupiah(advice.total()), "Kantor Imigrasi Kelas II Non TPI Wonosobo", contact.address());
		advice.documents().forEach((document) -> assertThat(poster.text()).contains(document.text(Locale.ROOT)));
		assertThat(advice.total()).isEqualTo(1_950_000);
		assertThat(poster.qr()).isEqualTo(BASE + "/paspor/syarat?" + query);
	}

	@Test
	void aWizardPosterWithoutARegionPointsToTheOfficeList() throws Exception {
		String query = "type=LOST&under17=false&married=false&electronic=false&validity=5&sameDay=false";
		Certificate poster = read(get("/paspor/syarat/poster.pdf?" + query + "&lang=en").body());

		assertThat(poster.pages()).isEqualTo(1);
		assertThat(poster.text()).contains("Passport requirements and fees",
				"A lost passport can be replaced at any immigration office");
		assertThat(poster.text().replace(" ", "")).contains(BASE + "/kantor");
		assertThat(poster.qr()).isEqualTo(BASE + "/paspor/syarat?" + query + "&lang=en");
	}

	@Test
	void answersTheWizardCannotTakeGoBackToTheWizardWhichNamesTheQuestion() throws Exception {
		String query = "type=FIRST&under17=true&married=false&electronic=true&validity=10&sameDay=false";
		HttpResponse<byte[]> response = get("/paspor/syarat/poster.pdf?" + query);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/paspor/syarat?" + query);
		Document page = Jsoup.parse(new String(get("/paspor/syarat?" + query).body()));
		assertThat(page.select(".field-error").text()).contains("Masa berlaku 10 tahun hanya untuk");
	}

	@Test
	void theArticlePageAndTheWizardResultLinkTheirPosters() throws Exception {
		Document article = Jsoup.parse(new String(get("/info/e-paspor").body()));
		assertThat(article.select("a#poster-link").attr("href")).isEqualTo("/info/e-paspor/poster.pdf");
		assertThat(article.select("a#poster-link").text()).isEqualTo("Cetak poster A4");
		Document english = Jsoup.parse(new String(get("/info/e-paspor?lang=en").body()));
		assertThat(english.select("a#poster-link").attr("href")).isEqualTo("/info/e-paspor/poster.pdf?lang=en");

		String query = "type=REPLACEMENT&under17=false&married=true&electronic=false&validity=5&sameDay=false"
				+ "&wilayah=33.07.06.2009";
		Document result = Jsoup.parse(new String(get("/paspor/syarat?" + query).body()));
		assertThat(result.select("a#poster-link").attr("href")).isEqualTo("/paspor/syarat/poster.pdf?" + query);
		assertThat(result.select("a#poster-link").text()).isEqualTo("Cetak poster A4");
	}

	@Test
	void anUnknownArticleHasNoPoster() throws Exception {
		assertThat(get("/info/tidak-ada-artikel-ini/poster.pdf").statusCode()).isEqualTo(404);
	}

	/**
	 * What a printed poster shows: its text (white space collapsed), pages, orientation
	 * and what its QR code opens. Like the certificate reader of the village tests, but
	 * the QR code is searched for as a phone camera would (a QR code only, trying
	 * harder), since a poster's page is full of text around the code.
	 */
	record Certificate(String text, boolean landscape, int pages, String qr) {
	}

	static Certificate read(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			PDRectangle box = document.getPage(0).getMediaBox();
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
			String qr = new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
			return new Certificate(text, box.getWidth() > box.getHeight(), document.getNumberOfPages(), qr);
		}
	}

	/**
	 * Keeps a picture of the printed sheet beside the browser tests' screenshots, to look
	 * at.
	 */
	private static void picture(byte[] pdf, String name) throws Exception {
		Path dir = Paths.get("target", "screenshots");
		Files.createDirectories(dir);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png",
					dir.resolve("PrintablePostersTests-" + name + ".png").toFile());
		}
	}

	private static void assertA4Portrait(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
			assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
		}
	}

	private static String rupiah(long amount) {
		return "Rp" + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(amount);
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

}
