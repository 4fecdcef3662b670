package id.desabinaan.knowledge.jobcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public job-offer check over real HTTP: the questions, the result of a risky and of
 * a procedural offer, form errors, both languages, and that a check stores nothing and
 * opens no session. The call-back is the one thing stored, and only what the resident
 * ticked.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class JobCheckPageTests {

	static final String RISKY = "destination=SA&job=HOUSEHOLD&recruiter=INDIVIDUAL&visa=VISIT&fee=BEFORE_DEPARTURE"
			+ "&feeAmount=15.000.000&contract=NO&familyPermission=NO&passportHolder=AGENT&age=17&departure=WITHIN_MONTH"
			+ "&villageQuery=33.07.06.2009";

	static final String SAFE = "destination=TW&job=FACTORY&recruiter=LICENSED_AGENCY&agencyName=PT+Contoh"
			+ "&visa=WORK&fee=NONE&contract=YES&familyPermission=YES&passportHolder=SELF&age=25&departure=LATER";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient plain = HttpClient.newHttpClient();

	@Test
	void theQuestionsAreAPlainGetFormThatNeedsNoScript() throws Exception {
		HttpResponse<String> response = get("/cek-lowongan");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Cek tawaran kerja ke luar negeri");
		assertThat(page.select("form.jobcheck-form").attr("method")).isEqualTo("get");
		assertThat(page.select("form.jobcheck-form").attr("action")).isEqualTo("/cek-lowongan/hasil");
		assertThat(page.select("select#destination option")).extracting((o) -> o.attr("value"))
			.contains("HK", "TW", "SA", "OTHER");
		assertThat(page.select("input[type=radio]")).extracting((i) -> i.attr("name"))
			.contains("recruiter", "visa", "fee", "contract", "familyPermission", "passportHolder", "departure");
		assertThat(
				page.select("input[name=agencyName], input[name=feeAmount], input[name=age], input[name=villageQuery]"))
			.hasSize(4);
		assertThat(page.select("input[name=_csrf]")).as("a GET form carries no token").isEmpty();
		assertThat(page.select("label")).allSatisfy((label) -> assertThat(label.text()).isNotBlank());
	}

	@Test
	void aRiskyOfferIsAHighRiskWithEachSignExplainedTheRouteTheOfficeAndTheLicenceCheck() throws Exception {
		HttpResponse<String> response = get("/cek-lowongan/hasil?" + RISKY);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#risk h2").text()).isEqualTo("Risiko tinggi");
		assertThat(page.select("#signs li")).hasSize(9);
		assertThat(page.select("#sign-NON_WORK_VISA h3").text())
			.isEqualTo("Bekerja dengan visa turis, kunjungan, ziarah atau umrah");
		assertThat(page.select("#sign-UNDERAGE p").text()).contains("paling rendah 18 tahun");
		assertThat(page.select("#sign-PLACEMENT_BAN")).isNotEmpty();
		assertThat(page.select("#route ol li")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(page.select("#ltsa").text()).contains("Kabupaten Wonosobo");
		assertThat(page.select("#office a").attr("href")).isEqualTo("/kantor/KANIM-WONOSOBO");
		assertThat(page.select("#licence a")).extracting((a) -> a.attr("href"))
			.contains("https://siskop2mi.bp2mi.go.id/");
		assertThat(page.select("#callback-link").attr("href")).startsWith("/cek-lowongan/panggilan-balik?")
			.contains("visa=VISIT", "village=33.07.06.2009");
		// ... or to report the recruiter on the early-warning form, anonymously if he
		// wishes
		assertThat(page.select("#report-link").attr("href")).isEqualTo("/lapor?kategori=RECRUITER");
		assertThat(page.select("#unanswered")).isEmpty();
	}

	@Test
	void aProceduralOfferIsALowRiskAndStillShowsTheLegalRoute() throws Exception {
		Document page = Jsoup.parse(get("/cek-lowongan/hasil?" + SAFE).body());
		assertThat(page.select("#risk h2").text()).isEqualTo("Risiko rendah");
		assertThat(page.select("#signs")).isEmpty();
		assertThat(page.select("#no-signs")).isNotEmpty();
		assertThat(page.select("#route ol li")).isNotEmpty();
		assertThat(page.select("#licence strong").text()).contains("PT Contoh");
	}

	@Test
	void theResultSpeaksEnglishToo() throws Exception {
		Document page = Jsoup.parse(get("/cek-lowongan/hasil?lang=en&visa=TOURIST&age=30").body());
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("#risk h2").text()).isEqualTo("High risk");
		assertThat(page.select("#sign-NON_WORK_VISA h3").text())
			.isEqualTo("Working on a tourist, visit, pilgrimage or umrah visa");
		assertThat(page.select("#unanswered").text()).startsWith("8 questions were not answered");
	}

	@Test
	void malformedAnswersComeBackOnTheFormWithWhatWasEntered() throws Exception {
		HttpResponse<String> response = get("/cek-lowongan/hasil?visa=WORK&age=tujuh&feeAmount=banyak&agencyName=PT+A");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#age-error").text()).contains("angka antara 1 dan 99");
		assertThat(page.select("#feeAmount-error").text()).isNotBlank();
		assertThat(page.select("input#age").attr("value")).isEqualTo("tujuh");
		assertThat(page.select("input#age").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input#agencyName").attr("value")).isEqualTo("PT A");
		assertThat(page.select("input[name=visa][value=WORK]").hasAttr("checked")).isTrue();
	}

	@Test
	void anAmbiguousVillageIsOfferedAsChoicesInsteadOfAResult() throws Exception {
		Document page = Jsoup.parse(get("/cek-lowongan/hasil?visa=WORK&villageQuery=pakuncen").body());
		assertThat(page.select("#risk")).isEmpty();
		assertThat(page.select("input[type=radio][name=village]")).hasSize(5);
	}

	@Test
	void aCheckWithoutCallBackStoresNothing() throws Exception {
		Map<String, String> before = DatabaseSnapshot.of(this.jdbc);
		assertThat(get("/cek-lowongan").statusCode()).isEqualTo(200);
		assertThat(get("/cek-lowongan/hasil?" + RISKY).statusCode()).isEqualTo(200);
		assertThat(get("/cek-lowongan/hasil?" + SAFE + "&lang=en").statusCode()).isEqualTo(200);
		assertThat(get("/cek-lowongan/panggilan-balik?" + RISKY).statusCode()).isEqualTo(200);
		assertThat(DatabaseSnapshot.of(this.jdbc)).as("every table, row counts and latest changes").isEqualTo(before);
	}

	@Test
	void aCallBackStoresOnlyWhatTheResidentAgreedToShare() throws Exception {
		String phone = "0812" + (10_000_000 + (int) (Math.random() * 89_999_999));
		Browser browser = new Browser();
		String form = "/cek-lowongan/panggilan-balik?" + RISKY.replace("villageQuery=", "village=");
		Map<String, String> fields = new LinkedHashMap<>(hiddenFields(browser.get(form)));
		fields.put("phone", phone);
		fields.put("villageQuery", "33.07.06.2009");
		fields.put("shareResult", "true");

		HttpResponse<String> refused = browser.post("/cek-lowongan/panggilan-balik", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#consent-error").text()).contains("Centang persetujuan");
		assertThat(count(phone)).isZero();

		fields = new LinkedHashMap<>(hiddenFields(refused.body()));
		fields.put("phone", phone);
		fields.put("villageQuery", "33.07.06.2009");
		fields.put("shareResult", "true");
		fields.put("consent", "true");
		HttpResponse<String> sent = browser.post("/cek-lowongan/panggilan-balik", fields);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/cek-lowongan/panggilan-balik/terkirim"));

		Map<String, Object> row = this.jdbc.queryForMap(
				"select c.*, o.code as office_code from jobcheck_callback c join office o on o.id = c.office_id "
						+ "where c.phone = ?",
				"+62" + phone.substring(1));
		assertThat(row.get("office_code")).isEqualTo("KANIM-WONOSOBO");
		assertThat(row.get("village_code")).isEqualTo("33.07.06.2009");
		assertThat(row.get("name")).isNull();
		assertThat(row.get("risk_level")).isEqualTo("HIGH");
		assertThat((String) row.get("sign_codes")).contains("NON_WORK_VISA", "UNDERAGE");
		assertThat(row.get("shares_answers")).isEqualTo(false);
		assertThat(row.get("answers")).as("answers were not shared").isNull();
		assertThat(row.get("consent_version")).isEqualTo("2026-11");
	}

	@Test
	void aCallBackIsRefusedWithoutTheFormsCsrfToken() throws Exception {
		HttpResponse<String> response = new Browser().post("/cek-lowongan/panggilan-balik",
				Map.of("phone", "081234567890", "villageQuery", "33.07.06.2009", "consent", "true"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	private long count(String phone) {
		return this.jdbc.queryForObject("select count(*) from jobcheck_callback where phone = ?", Long.class,
				"+62" + phone.substring(1));
	}

	private static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Jsoup.parse(html)
			.select("form[method=post] input[type=hidden]")
			.forEach((input) -> fields.put(input.attr("name"), input.attr("value")));
		return fields;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A visitor with cookies (the CSRF token of the call-back form lives in a session).
	 */
	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();

		String get(String path) throws IOException, InterruptedException {
			HttpResponse<String> response = this.client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + JobCheckPageTests.this.port + path))
					.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			assertThat(token.find()).as("the call-back form carries a CSRF token").isTrue();
			return response.body();
		}

		HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
			String body = fields.entrySet()
				.stream()
				.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + JobCheckPageTests.this.port + path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
