package id.desabinaan.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.outreach.ActivityDraft;
import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityType;
import id.desabinaan.outreach.MyVillages;
import id.desabinaan.outreach.OutreachFixtures;
import id.desabinaan.outreach.ReferenceItem;
import id.desabinaan.outreach.ReferenceKind;
import id.desabinaan.outreach.VillageDue;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Exports read back (XLSX with fastexcel-reader, CSV with commons-csv), "my villages",
 * the reference lists, the public village page's outreach figures and the activities API
 * (public reads over real HTTP, recording with ProblemDetail errors).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class OutreachExportAndApiTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	ActivityService activities;

	@Autowired
	MyVillages myVillages;

	@LocalServerPort
	int port;

	MockMvc mvc;

	OutreachFixtures fixtures;

	PartnerVillageSummary village;

	CurrentUser officer;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.fixtures = new OutreachFixtures(this.applicationContext);
		this.village = this.fixtures.village();
		this.officer = this.fixtures.officerOf(this.village);
	}

	MockHttpServletResponse perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * A held activity with 30 participants on a fixed day of 2030, and a cancelled one.
	 */
	long[] activitiesOf2030() {
		long held = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.of(2030, 2, 14, 9, 0)));
		// the clock is today: a 2030 activity cannot be held yet, so this one is recorded
		// as planned and cancelled, and the held one is in the past
		long past = this.fixtures.heldActivity(this.officer, this.village);
		this.activities.recordAttendance(this.officer, past, OutreachFixtures.thirtyParticipants());
		this.activities.cancel(this.officer, held, "Jalan rusak");
		return new long[] { past, held };
	}

	@Test
	void exportsActivitiesWithAttendanceAsXlsxAndCsvThatReadBack() throws Exception {
		long[] ids = activitiesOf2030();
		LocalDate today = LocalDate.now();
		String period = "?dari=" + today.minusDays(3) + "&sampai=2030-12-31";

		MockHttpServletResponse xlsx = perform(
				get("/app/kegiatan/ekspor" + period + "&format=xlsx").with(user(this.officer)));
		assertThat(xlsx.getStatus()).isEqualTo(200);
		assertThat(xlsx.getContentType()).startsWith(ActivityExportController.XLSX.toString());
		assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment", ".xlsx");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = workbook.getFirstSheet();
			List<Row> rows = sheet.read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("ID");
			assertThat(rows.get(0).getCellText(ActivityExport.COLUMNS.size() - 1)).isEqualTo("Jumlah peserta");
			assertThat(rows).hasSize(3);
			Row held = rows.stream()
				.filter((row) -> row.getCellText(0).equals(Long.toString(ids[0])))
				.findFirst()
				.orElseThrow();
			assertThat(held.getCellText(5)).isEqualTo(this.village.code().value());
			assertThat(held.getCellText(10)).isEqualTo("Terlaksana");
			assertThat(held.getCellText(3)).isEqualTo("WIB");
			assertThat(held.getCell(ActivityExport.COLUMNS.size() - 1).asNumber().intValue()).isEqualTo(30);
			assertThat(held.getCell(ActivityExport.COLUMNS.indexOf("male")).asNumber().intValue()).isEqualTo(12);
			assertThat(held.getCell(ActivityExport.COLUMNS.indexOf("prospectiveMigrants")).asNumber().intValue())
				.isEqualTo(10);
			Row cancelled = rows.stream()
				.filter((row) -> row.getCellText(0).equals(Long.toString(ids[1])))
				.findFirst()
				.orElseThrow();
			assertThat(cancelled.getCellText(11)).isEqualTo("Jalan rusak");
			assertThat(cancelled.getCellText(1)).isEqualTo("2030-02-14");
		}

		MockHttpServletResponse csv = perform(
				get("/app/kegiatan/ekspor" + period + "&format=csv").with(user(this.officer)).param("lang", "en"));
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		byte[] bytes = csv.getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
				StandardCharsets.UTF_8)) {
			List<CSVRecord> records = CSVFormat.EXCEL.parse(reader).getRecords();
			assertThat(records.get(0).get(0)).isEqualTo("ID");
			assertThat(records.get(0).get(ActivityExport.COLUMNS.size() - 1)).isEqualTo("Participants");
			assertThat(records).hasSize(3);
			CSVRecord held = records.stream().filter((r) -> r.get(0).equals(Long.toString(ids[0]))).findFirst().get();
			assertThat(held.get(10)).isEqualTo("Held");
			assertThat(held.get(ActivityExport.COLUMNS.size() - 1)).isEqualTo("30");
			assertThat(held.get(15)).isEqualTo("Leaflet paspor (40)");
		}

		// another office's head exports nothing of this village
		MockHttpServletResponse other = perform(get("/app/kegiatan/ekspor" + period + "&format=csv")
			.with(user(this.fixtures.user("kepala.yogyakarta"))));
		assertThat(new String(other.getContentAsByteArray(), StandardCharsets.UTF_8))
			.doesNotContain(this.village.code().value());
	}

	@Test
	void aBadExportPeriodComesBackOnTheForm() throws Exception {
		MockHttpServletResponse response = perform(
				get("/app/kegiatan/ekspor?dari=2030-12-31&sampai=2030-01-01").with(user(this.officer)));
		assertThat(response.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#sampai ~ .field-error").text())
			.isEqualTo("Tanggal akhir tidak boleh sebelum tanggal awal.");
		assertThat(form.select("#dari").val()).isEqualTo("2030-12-31");
		response = perform(get("/app/kegiatan/ekspor?dari=kemarin&sampai=&format=pdf").with(user(this.officer)));
		form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select(".field-error")).hasSize(3);
	}

	@Test
	void myVillagesShowsVisitsDueUpcomingActivitiesAndOpenItems() throws Exception {
		PartnerVillageSummary visited = this.village;
		PartnerVillageSummary neglected = this.fixtures.village();
		CurrentUser officer = this.fixtures.officerOf(visited, neglected);
		long recent = this.fixtures.heldActivity(officer, visited);
		long upcoming = this.activities.plan(officer,
				OutreachFixtures.sosialisasi(visited, LocalDateTime.now().plusDays(6)));
		long notClosed = this.activities.plan(officer,
				OutreachFixtures.sosialisasi(neglected, LocalDateTime.now().minusDays(40)));

		List<VillageDue> due = this.myVillages.of(officer);
		assertThat(due).extracting((item) -> item.village().id()).containsExactly(neglected.id(), visited.id());
		VillageDue first = due.get(0);
		assertThat(first.visitDue()).isTrue();
		assertThat(first.lastVisit()).isNull();
		assertThat(first.notClosed()).extracting((a) -> a.id()).containsExactly(notClosed);
		VillageDue second = due.get(1);
		assertThat(second.visitDue()).isFalse();
		assertThat(second.upcoming()).extracting((a) -> a.id()).containsExactly(upcoming);
		assertThat(second.withoutAttendance()).extracting((a) -> a.id()).containsExactly(recent);

		Document page = Jsoup.parse(perform(get("/app/desa-saya").with(user(officer))).getContentAsString());
		String neglectedSection = page.select("#village-" + neglected.code().value().replace(".", "\\.")).text();
		assertThat(neglectedSection).contains("Belum pernah dikunjungi", "Belum ditandai terlaksana atau batal");
		String visitedSection = page.select("#village-" + visited.code().value().replace(".", "\\.")).text();
		assertThat(visitedSection).contains("Kegiatan terakhir", "Jumlah peserta belum dicatat")
			.doesNotContain("Perlu dikunjungi");
		assertThat(page.select("a[href='/app/kegiatan/" + upcoming + "']")).hasSize(1);
	}

	@Test
	void theAdministratorEditsTheReferenceListsAndRetiredEntriesCannotBeChosen() throws Exception {
		CurrentUser admin = this.fixtures.user("admin");
		String name = "Lembaga Uji " + System.nanoTime();
		MockHttpServletResponse added = perform(post("/app/kegiatan/referensi").with(user(admin))
			.with(csrf())
			.param("kind", "INSTITUTION")
			.param("nameId", name)
			.param("nameEn", "Test institution")
			.param("position", "70"));
		assertThat(added.getStatus()).isEqualTo(302);
		ReferenceItem entry = this.activities.choices(ReferenceKind.INSTITUTION)
			.stream()
			.filter((item) -> item.nameId().equals(name))
			.findFirst()
			.orElseThrow();
		MockHttpServletResponse duplicate = perform(post("/app/kegiatan/referensi").with(user(admin))
			.with(csrf())
			.param("kind", "INSTITUTION")
			.param("nameId", name)
			.param("nameEn", "Again")
			.param("position", "71"));
		assertThat(Jsoup.parse(duplicate.getContentAsString()).select("#nameId ~ .field-error").text())
			.isEqualTo("Entri dengan nama ini sudah ada.");

		perform(post("/app/kegiatan/referensi/" + entry.id()).with(user(admin))
			.with(csrf())
			.param("nameId", name)
			.param("nameEn", "Test institution")
			.param("position", "70")
			.param("_active", "on"));
		assertThat(this.activities.choices(ReferenceKind.INSTITUTION)).extracting(ReferenceItem::id)
			.doesNotContain(entry.id());
		ActivityDraft draft = OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(2));
		ActivityDraft withRetired = new ActivityDraft(draft.villageId(), draft.type(), null, draft.title(),
				draft.place(), draft.startsAt(), List.of(), Set.of(entry.id()), null, Set.of(), null, List.of(), null,
				true);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.activities.plan(this.officer, withRetired))
			.isInstanceOf(id.desabinaan.shared.InvalidInputException.class);
		assertThat(
				perform(get("/app/kegiatan/referensi").with(user(this.fixtures.user("kepala.wonosobo")))).getStatus())
			.isEqualTo(403);
	}

	@Test
	void theVillagePageShowsUpcomingActivitiesAndTotals() throws Exception {
		long held = this.fixtures.heldActivity(this.officer, this.village);
		this.activities.recordAttendance(this.officer, held, OutreachFixtures.thirtyParticipants());
		this.activities.plan(this.officer,
				new ActivityDraft(this.village.id(), ActivityType.MOBILE_PASSPORT_SERVICE, null,
						"Layanan paspor keliling", "Balai Desa",
						LocalDateTime.now().plusDays(12).withHour(8).withMinute(0), List.of(), Set.of(), null, Set.of(),
						null, List.of(), "Catatan rahasia petugas", true));
		String html = http("/desa/" + this.village.code().value()).body();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#outreach").text()).contains("Layanan paspor keliling", "Layanan paspor keliling",
				"08:00", "WIB", "Balai Desa");
		assertThat(page.select("#totals").text()).contains("1", "30");
		assertThat(html).doesNotContain("Catatan rahasia petugas");
	}

	@Test
	void thePublicApiShowsPublicFieldsOnly() throws Exception {
		long held = this.fixtures.heldActivity(this.officer, this.village);
		this.activities.recordAttendance(this.officer, held, OutreachFixtures.thirtyParticipants());
		ActivityDraft hidden = OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(3));
		long internal = this.activities.plan(this.officer,
				new ActivityDraft(hidden.villageId(), ActivityType.COORDINATION_VISIT, null, "Rapat internal",
						"Kantor desa", hidden.startsAt(), List.of(this.officer.accountId()), Set.of(), null, Set.of(),
						null, List.of(), null, false));

		HttpResponse<String> list = http("/api/v1/activities?village=" + this.village.code().value());
		assertThat(list.statusCode()).isEqualTo(200);
		JsonNode activities = this.json.readTree(list.body());
		assertThat(activities).hasSize(1);
		JsonNode activity = activities.get(0);
		assertThat(activity.get("id").asLong()).isEqualTo(held);
		assertThat(activity.get("type").asString()).isEqualTo("SOSIALISASI");
		assertThat(activity.get("zoneLabel").asString()).isEqualTo("WIB");
		assertThat(activity.get("startsAt").asString()).endsWith("+07:00");
		assertThat(activity.get("participants").get("total").asInt()).isEqualTo(30);
		assertThat(activity.get("villageCode").asString()).isEqualTo(this.village.code().value());
		assertThat(list.body()).doesNotContain("officers", "notes", "photos", "Catatan internal",
				this.officer.displayName());

		assertThat(http("/api/v1/activities/" + held).statusCode()).isEqualTo(200);
		assertThat(http("/v3/api-docs").body()).contains("/api/v1/activities", "/api/v1/activities/{id}",
				"/api/v1/activities/{id}/attendance");
		assertThat(http("/api/v1/activities/" + internal).statusCode()).isEqualTo(404);
		assertThat(http("/api/v1/activities/999999999").statusCode()).isEqualTo(404);
		HttpResponse<String> bad = http("/api/v1/activities?village=33.07&from=kemarin");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(bad.body()).get("errors").get(0).get("field").asString()).isEqualTo("from");
		String today = LocalDate.now().toString();
		assertThat(this.json
			.readTree(http("/api/v1/activities?village=" + this.village.code().value() + "&from="
					+ today.substring(0, 4) + "-01-01&to=" + LocalDate.now().minusDays(10))
				.body())
			.size()).isZero();
	}

	@Test
	void anOfficerRecordsThroughTheApiAndBadInputNamesTheField() throws Exception {
		String body = """
				{"villageCode": "%s", "type": "SOSIALISASI", "title": "Sosialisasi lewat API",
				 "place": "Balai Desa", "startsAt": "%s", "institutions": ["BP3MI"], "topics": ["PASSPORT"],
				 "materials": [{"name": "Leaflet", "quantity": 25}], "held": true,
				 "attendance": {"male": {"from17to25": 5}, "female": {"from26to40": 7},
				                "groups": {"prospectiveMigrants": 4, "generalPublic": 8}}}
				""".formatted(this.village.code().value(), LocalDate.now().minusDays(1) + "T10:00");
		MockHttpServletResponse created = perform(post("/api/v1/activities").with(user(this.officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		JsonNode answer = this.json.readTree(created.getContentAsString());
		assertThat(answer.get("status").asString()).isEqualTo("HELD");
		assertThat(answer.get("institutions").get(0).asString()).isEqualTo("BP3MI");
		assertThat(created.getHeader("Location")).isEqualTo("/api/v1/activities/" + answer.get("id").asLong());

		MockHttpServletResponse attendance = perform(
				post("/api/v1/activities/" + answer.get("id").asLong() + "/attendance").with(user(this.officer))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"male\": {\"under17\": 3}, \"groups\": {\"students\": 2}}"));
		assertThat(attendance.getStatus()).isEqualTo(400);
		JsonNode problem = this.json.readTree(attendance.getContentAsString());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("groupTotal");
		assertThat(problem.get("detail").asString()).contains("(2)", "(3)");

		for (String[] bad : List.of(new String[] { "\"villageCode\": \"33.07.06.9999\"", "villageCode" },
				new String[] { "\"type\": \"PESTA\"", "type" }, new String[] { "\"startsAt\": \"besok\"", "startsAt" },
				new String[] { "\"title\": \"\"", "title" },
				new String[] { "\"topics\": [\"ASTROLOGI\"]", "topics" })) {
			String invalid = "{\"villageCode\": \"" + this.village.code().value()
					+ "\", \"type\": \"SOSIALISASI\", \"title\": \"x\", \"place\": \"y\", \"startsAt\": \"2031-01-01T09:00\", "
					+ bad[0] + "}";
			MockHttpServletResponse refused = perform(post("/api/v1/activities").with(user(this.officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(invalid));
			assertThat(refused.getStatus()).as(bad[1]).isEqualTo(400);
			assertThat(this.json.readTree(refused.getContentAsString()).get("errors").get(0).get("field").asString())
				.isEqualTo(bad[1]);
		}
		assertThat(
				perform(post("/api/v1/activities").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
					.getStatus())
			.isEqualTo(401);
		assertThat(perform(post("/api/v1/activities").with(user(this.fixtures.user("nasional")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).getStatus()).isEqualTo(403);
	}

	HttpResponse<String> http(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
