package id.desabinaan.earlywarning.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.earlywarning.report.ReportAccessEntry;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * The queue's API and pages through the whole security chain: list with filters, bad
 * filter values (400 naming the parameter on the API, a field message on the page), one
 * report with or without the reporter's contact, every read in the access log, and the
 * access-log page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ReportQueueApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebApplicationContext context;

	@Autowired
	ReportViews views;

	QueueFixtures fixtures;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.fixtures = new QueueFixtures(this.context);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	private MockHttpServletResponse get(String path, CurrentUser who, MediaType accept) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).accept(accept).with(user(who)))
			.andReturn()
			.getResponse();
	}

	private JsonNode json(MockHttpServletResponse response) throws Exception {
		return JSON.readTree(response.getContentAsString());
	}

	@Test
	void listAnswersTheFilteredQueueWithoutReportText() throws Exception {
		CurrentUser officer = this.fixtures.account(Role.PIMPASA, this.fixtures.wonosobo(), null);
		long older = this.fixtures.report("teks rahasia satu").assignedTo(officer).receivedDaysAgo(3).save();
		long newer = this.fixtures.report("teks rahasia dua").assignedTo(officer).save();

		MockHttpServletResponse response = get("/api/v1/reports?sort=OLDEST&size=10&officer=" + officer.accountId(),
				this.fixtures.user("intel.wonosobo"), MediaType.APPLICATION_JSON);

		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.path("total").asLong()).isEqualTo(2);
		assertThat(body.path("reports").valueStream().map((node) -> node.path("id").asLong()).toList())
			.containsExactly(older, newer);
		assertThat(body.path("reports").get(0).path("path").asString()).isEqualTo("/app/laporan/" + older);
		assertThat(response.getContentAsString()).doesNotContain("rahasia");
	}

	@Test
	void listRefusesAnUnreadableFilterNamingTheParameter() throws Exception {
		CurrentUser analyst = this.fixtures.user("intel.wonosobo");
		MockHttpServletResponse age = get("/api/v1/reports?minAgeDays=tiga", analyst, MediaType.APPLICATION_JSON);
		MockHttpServletResponse size = get("/api/v1/reports?size=1000", analyst, MediaType.APPLICATION_JSON);

		assertThat(age.getStatus()).isEqualTo(400);
		assertThat(json(age).path("errors").get(0).path("field").asString()).isEqualTo("minAgeDays");
		assertThat(size.getStatus()).isEqualTo(400);
		assertThat(json(size).path("errors").get(0).path("field").asString()).isEqualTo("size");
	}

	@Test
	void listIsRefusedToViewersAndAdministrators() throws Exception {
		for (String viewer : List.of("admin", "nasional", "kanwil.jateng")) {
			assertThat(get("/api/v1/reports", this.fixtures.user(viewer), MediaType.APPLICATION_JSON).getStatus())
				.as(viewer)
				.isEqualTo(403);
		}
	}

	@Test
	void detailShowsTheContactToTheAnalystAndLogsTheRead() throws Exception {
		long id = this.fixtures.report("Ada calo menawarkan kerja")
			.contact("+6281200009999")
			.risk(WarningRiskLevel.HIGH, 7)
			.save();

		MockHttpServletResponse response = get("/api/v1/reports/" + id, this.fixtures.user("intel.wonosobo"),
				MediaType.APPLICATION_JSON);

		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.path("description").asString()).isEqualTo("Ada calo menawarkan kerja");
		assertThat(body.path("contactShown").asBoolean()).isTrue();
		assertThat(body.path("contact").path("phone").asString()).isEqualTo("+6281200009999");
		assertThat(body.has("receiptCode")).isFalse();
		List<ReportAccessEntry> log = this.views.of(id);
		assertThat(log).hasSize(1);
		assertThat(log.get(0).getUsername()).isEqualTo("intel.wonosobo");
		assertThat(log.get(0).getPurpose()).isEqualTo("API");
		assertThat(log.get(0).isWithContact()).isTrue();
	}

	@Test
	void detailHidesTheContactFromTheMentoringOfficerAndLogsTheReadWithoutIt() throws Exception {
		long id = this.fixtures.report("Ada calo di dusun").contact("+6281200008888").save();

		MockHttpServletResponse response = get("/api/v1/reports/" + id, this.fixtures.user("pimpasa.wonosobo"),
				MediaType.APPLICATION_JSON);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(json(response).path("contactShown").asBoolean()).isFalse();
		assertThat(json(response).path("contact").isNull()).isTrue();
		assertThat(response.getContentAsString()).doesNotContain("6281200008888");
		assertThat(this.views.of(id)).singleElement().satisfies((entry) -> {
			assertThat(entry.getUsername()).isEqualTo("pimpasa.wonosobo");
			assertThat(entry.isWithContact()).isFalse();
		});
	}

	@Test
	void detailOutsideTheReadersReachIsNotRevealed() throws Exception {
		long id = this.fixtures.report("laporan kantor lain").save();

		assertThat(get("/api/v1/reports/" + id, this.fixtures.user("kepala.yogyakarta"), MediaType.APPLICATION_JSON)
			.getStatus()).isEqualTo(404);
		assertThat(get("/api/v1/reports/" + id, this.fixtures.user("staf.wonosobo"), MediaType.APPLICATION_JSON)
			.getStatus()).isEqualTo(404);
		assertThat(this.views.of(id)).isEmpty();
	}

	@Test
	void accessLogPageShowsWhoReadTheReportToTheOfficeHeadOnly() throws Exception {
		long id = this.fixtures.report("laporan yang dibaca").contact("+6281200007777").save();
		get("/api/v1/reports/" + id, this.fixtures.user("intel.wonosobo"), MediaType.APPLICATION_JSON);

		MockHttpServletResponse page = get("/app/laporan/" + id + "/akses", this.fixtures.user("kepala.wonosobo"),
				MediaType.TEXT_HTML);

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("intel.wonosobo", "Ditampilkan", "API");
		assertThat(get("/app/laporan/" + id + "/akses", this.fixtures.user("pimpasa.wonosobo"), MediaType.TEXT_HTML)
			.getStatus()).isEqualTo(403);
		assertThat(get("/app/laporan/" + id + "/akses", this.fixtures.user("kepala.yogyakarta"), MediaType.TEXT_HTML)
			.getStatus()).isEqualTo(404);
	}

	@Test
	void queuePageNamesAnUnreadableFilterAndKeepsWhatWasTyped() throws Exception {
		MockHttpServletResponse page = get("/app/laporan?umurMin=tiga&q=perekrutan",
				this.fixtures.user("intel.wonosobo"), MediaType.TEXT_HTML);

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("class=\"field-error\"", "value=\"tiga\"",
				"value=\"perekrutan\"", "Umur laporan harus berupa jumlah hari");
	}

	@Test
	void queuePageHighlightsOverdueReports() throws Exception {
		CurrentUser officer = this.fixtures.account(Role.PIMPASA, this.fixtures.wonosobo(), null);
		long late = this.fixtures.report("menunggu lama").assignedTo(officer).receivedDaysAgo(15).save();

		MockHttpServletResponse page = get("/app/laporan?petugas=" + officer.accountId(),
				this.fixtures.user("kepala.wonosobo"), MediaType.TEXT_HTML);

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).containsPattern("id=\"report-" + late + "\"[^>]*ewqueue-overdue")
			.contains("Terlambat");
	}

	@Test
	void openApiDescribesTheReadEndpoints() throws Exception {
		MockHttpServletResponse docs = this.mvc
			.perform(MockMvcRequestBuilders.get("/v3/api-docs").accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();

		JsonNode paths = json(docs).path("paths");
		assertThat(paths.path("/api/v1/reports").path("get").path("tags").get(0).asString()).isEqualTo("Reports");
		assertThat(paths.path("/api/v1/reports/{id}").path("get").path("summary").asString()).contains("access log");
	}

	@Test
	void queueIsRefusedToViewersAndAdministrators() throws Exception {
		for (String viewer : List.of("admin", "nasional", "kanwil.jateng")) {
			assertThat(get("/app/laporan", this.fixtures.user(viewer), MediaType.TEXT_HTML).getStatus()).as(viewer)
				.isEqualTo(403);
		}
	}

}
