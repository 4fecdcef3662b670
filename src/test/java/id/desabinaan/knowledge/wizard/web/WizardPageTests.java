package id.desabinaan.knowledge.wizard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.KnowledgeFixtures;
import id.desabinaan.knowledge.regulation.FeeVersion;
import id.desabinaan.knowledge.regulation.RegulatedData;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.RegionCode;

/**
 * The public wizard page and fee page for residents, over real HTTP: no JavaScript
 * needed, questions named when unanswered, where to apply, the links to share, English,
 * HTTP caching and the size budget.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class WizardPageTests {

	static final String ADULT_E10 = "/paspor/syarat?type=FIRST&under17=false&married=false&electronic=true&validity=10&sameDay=false";

	/** Budget for the compressed HTML and CSS of a public page. */
	static final int BUDGET_BYTES = 30 * 1024;

	@LocalServerPort
	int port;

	@Value("${desabinaan.public-base-url}")
	String baseUrl;

	@Autowired
	RegulatedData<FeeVersion> fees;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegionDirectory regions;

	@Autowired
	OfficeDirectory offices;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void theEmptyWizardAsksEveryQuestionInAGetFormWithoutScript() throws Exception {
		Document page = page("/paspor/syarat");

		assertThat(page.select("h1").text()).isEqualTo("Syarat dan biaya paspor");
		assertThat(page.select("#result")).isEmpty();
		Element form = page.selectFirst("form#wizard-form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/paspor/syarat");
		assertThat(form.select("fieldset.wizard-question legend").eachText()).containsExactly("Permohonan apa?",
				"Apakah pemohon berumur di bawah 17 tahun?", "Apakah pemohon sudah atau pernah menikah?",
				"Paspor elektronik (e-paspor)?", "Masa berlaku", "Layanan percepatan (paspor selesai hari yang sama)?");
		assertThat(form.select("input[type=radio][name=type]")).extracting((input) -> input.val())
			.containsExactly("FIRST", "REPLACEMENT", "LOST", "DAMAGED");
		assertThat(form.select("input[type=radio][checked]")).as("no answer is chosen for the resident").isEmpty();
		assertThat(form.select("input#wilayah-query[name=wilayahQuery]")).hasSize(1);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("#migrant-worker").text()).contains("Rp0");
	}

	@Test
	void unansweredQuestionsAreNamedNextToThemAndTheAnswersGivenAreKept() throws Exception {
		Document page = page("/paspor/syarat?type=LOST&validity=7");

		assertThat(page.select("#result")).isEmpty();
		assertThat(page.select("#wizard-errors").attr("role")).isEqualTo("alert");
		assertThat(page.select("#under17-error").text())
			.isEqualTo("Jawab apakah pemohon berumur di bawah 17 tahun (ya atau tidak).");
		assertThat(page.select("#married-error").text()).contains("menikah");
		assertThat(page.select("#electronic-error").text()).contains("paspor elektronik");
		assertThat(page.select("#validity-error").text()).isEqualTo("Pilih masa berlaku: 5 atau 10 tahun.");
		assertThat(page.select("#sameDay-error").text()).contains("layanan percepatan");
		assertThat(page.select("#type-error")).isEmpty();
		assertThat(page.select("input[name=type][value=LOST]").hasAttr("checked")).isTrue();
		assertThat(page.select("fieldset:has(#under17-error)").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void aChildAskingForTenYearsIsToldWhy() throws Exception {
		Document page = page(
				"/paspor/syarat?type=FIRST&under17=true&married=false&electronic=false&validity=10&sameDay=false");

		assertThat(page.select("#result")).isEmpty();
		assertThat(page.select("#validity-error").text()).isEqualTo(
				"Masa berlaku 10 tahun hanya untuk pemohon berumur 17 tahun ke atas atau sudah menikah. Pilih 5 tahun.");
	}

	@Test
	void theResultNamesTheOfficeServingTheVillageTheResidentTyped() throws Exception {
		Document page = page(ADULT_E10 + "&wilayahQuery=Pakuncen%2C+Selomerto");

		assertThat(page.select("#office").text()).contains("Pakuncen", "dilayani oleh",
				"Kantor Imigrasi Kelas II Non TPI Wonosobo");
		assertThat(page.select("#office a").attr("href")).isEqualTo("/kantor/KANIM-WONOSOBO");
		assertThat(page.select("#share-link").val()).isEqualTo(this.baseUrl + ADULT_E10 + "&wilayah=33.07.06.2009");
		assertThat(page.select("#any-office")).isEmpty();
		assertThat(page.select("#visas").text()).contains("Jepang", "Korea Selatan", "Jeju");
	}

	@Test
	void anAmbiguousVillageNameOffersTheCandidatesAndStillGivesTheResult() throws Exception {
		Document page = page(ADULT_E10 + "&wilayahQuery=pakuncen");

		assertThat(page.select("#result")).hasSize(1);
		assertThat(page.select("input[type=radio][name=wilayah]")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(page.select("#office").text()).contains("Isi desa atau kabupaten/kota Anda");
		assertThat(page.select("#office a").attr("href")).isEqualTo("/kantor");
	}

	@Test
	void aRegionNoOfficeServesIsSaidSo() throws Exception {
		String unserved = this.regions.provinces()
			.stream()
			.flatMap((province) -> this.regions.children(RegionCode.of(province.code())).stream())
			.map(RegionSummary::code)
			.filter((code) -> this.offices.servingOffice(RegionCode.of(code)).isEmpty())
			.findFirst()
			.orElseThrow();

		Document page = page(ADULT_E10 + "&wilayah=" + unserved);

		assertThat(page.select("#office").text()).contains("Belum ada kantor imigrasi yang tercatat melayani");
		assertThat(page.select("#office a").attr("href")).isEqualTo("/kantor");
		assertThat(page(ADULT_E10 + "&wilayah=33").select("#office").text())
			.as("a province is too wide: the resident is asked for his kabupaten/kota or village")
			.contains("Isi desa atau kabupaten/kota Anda");
	}

	@Test
	void theResultCanBeSentByWhatsAppAsTextWithTheLink() throws Exception {
		String path = "/paspor/syarat?type=REPLACEMENT&under17=false&married=true&electronic=false&validity=5&sameDay=true";
		Document page = page(path);

		String whatsapp = page.select("a#whatsapp").attr("href");
		assertThat(whatsapp).startsWith("https://wa.me/?text=").doesNotContain("+").contains("%20");
		String text = URLDecoder.decode(whatsapp.substring("https://wa.me/?text=".length()), StandardCharsets.UTF_8);
		assertThat(text).startsWith("Syarat paspor\n")
			.contains("- KTP elektronik (KTP-el)\n", "- Paspor lama\n",
					"Paspor biasa non-elektronik, 5 tahun Rp350.000",
					"Layanan percepatan (selesai hari yang sama) Rp1.000.000", "Jumlah: Rp1.350.000")
			.endsWith(this.baseUrl + path);
		assertThat(page.select("#share-link").val()).isEqualTo(this.baseUrl + path);
	}

	@Test
	void theWizardSpeaksEnglishAndSharesAnEnglishLink() throws Exception {
		Document page = page(ADULT_E10 + "&lang=en");

		assertThat(page.select("h1").text()).isEqualTo("Passport requirements and fees");
		assertThat(page.select("#documents li").eachText()).contains("Electronic identity card (KTP-el)",
				"One of: birth certificate or school certificate (ijazah)");
		assertThat(page.select("#fees").text()).contains("Electronic passport, 10 years", "Rp950,000", "Total");
		assertThat(page.select("#share-link").val()).endsWith("&lang=en");
	}

	@Test
	void anAnnouncedFeeChangeIsShownBeforeItStarts() throws Exception {
		LocalDate day = KnowledgeFixtures.farFutureDay();
		FeeVersion later = this.fees.add(KnowledgeFixtures.user(this.users, "admin"),
				new FeeVersion(FeeComponent.BOOK_ELECTRONIC_10Y, 1_234_000, day, null, "PP uji"));
		try {
			String date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id")).format(day);
			assertThat(page(ADULT_E10).select(".announced").eachText())
				.contains("Mulai " + date + ": Paspor elektronik, 10 tahun menjadi Rp1.234.000.");
			assertThat(page(ADULT_E10).select("#total").text()).isEqualTo("Rp950.000");
			assertThat(page("/paspor/tarif").select("#announced").text()).contains(date, "Rp1.234.000");
		}
		finally {
			this.fees.withdraw(KnowledgeFixtures.user(this.users, "admin"), later.getId());
		}
	}

	@Test
	void thePublicFeePageListsEveryFeeInForceWithItsSource() throws Exception {
		Document page = page("/paspor/tarif");

		assertThat(page.select("h1").text()).isEqualTo("Tarif paspor");
		assertThat(page.select("#fees tbody tr")).extracting((row) -> row.attr("data-component"))
			.containsExactly("BOOK_NON_ELECTRONIC_5Y", "BOOK_NON_ELECTRONIC_10Y", "BOOK_ELECTRONIC_5Y",
					"BOOK_ELECTRONIC_10Y", "SAME_DAY_SERVICE", "LOST_REPLACEMENT", "DAMAGED_REPLACEMENT",
					"PROCEDURAL_MIGRANT_WORKER_FIRST");
		assertThat(page.select("#fees tr[data-component=BOOK_ELECTRONIC_10Y]").text()).contains("Rp950.000",
				"17 Des 2024");
		assertThat(page.select("main .hint").text()).contains("PP 45/2024");
		assertThat(page.select("a[href=/paspor/syarat]")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { ADULT_E10, "/paspor/tarif", "/api/v1/fees",
			"/api/v1/requirements?type=LOST&under17=true&electronic=true" })
	void publicAnswersHaveAnEtagAndAreNotSentAgainWhenUnchanged(String path) throws Exception {
		HttpResponse<byte[]> first = gzipped(path);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

		HttpResponse<String> again = this.client.send(request(path).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		if (path.contains("true")) {
			assertThat(gzipped(path.replace("true", "false")).headers().firstValue("ETag")).as("another answer")
				.isNotEqualTo(first.headers().firstValue("ETag"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/paspor/syarat", ADULT_E10 + "&wilayahQuery=pakuncen",
			"/paspor/syarat?type=LOST&under17=true&married=false&electronic=true&validity=5&sameDay=true&wilayah=33.07.06.2009",
			"/paspor/tarif" })
	void publicPagesStayUnder30KilobytesCompressed(String path) throws Exception {
		HttpResponse<byte[]> html = gzipped(path);
		assertThat(html.headers().firstValue("Content-Encoding")).as("HTML is compressed").hasValue("gzip");
		long total = html.body().length;
		List<String> transferred = new ArrayList<>(List.of(path + " " + total));
		Document page = Jsoup.parse(gunzip(html.body()));
		List<String> assets = new ArrayList<>(page.select("link[rel=stylesheet]").eachAttr("href"));
		assets.addAll(page.select("script[src]").eachAttr("src"));
		for (String href : assets) {
			HttpResponse<byte[]> css = gzipped(href);
			total += css.body().length;
			transferred.add(href + " " + css.body().length);
		}
		assertThat(total).as("bytes transferred for %s", transferred).isLessThan(BUDGET_BYTES);
	}

	@Test
	void thePrintStylesheetHidesTheFormAndTheSharingOfTheWizard() throws IOException {
		String css = Files.readString(Paths.get("src/main/resources/static/css/app.css"));
		String knowledge = css.substring(css.indexOf("/* knowledge module"));
		String print = knowledge.substring(knowledge.indexOf("@media print"));

		assertThat(print).contains("@page { size: A4", ".wizard-form", ".wizard-share", "display: none");
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = this.client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<byte[]> gzipped(String path) throws Exception {
		HttpResponse<byte[]> response = this.client.send(request(path).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static String gunzip(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
