package id.desabinaan.earlywarning.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportConversation;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.shared.CurrentUser;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class IntakePagesTests {

	private static final Pattern KEPT = Pattern.compile("name=\"kept\" value=\"([0-9a-f]{64})\"");

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	Reports reports;

	@Autowired
	ReportAttachments attachments;

	@Autowired
	ReportViews views;

	@Autowired
	ReportConversation conversation;

	@Autowired
	TransactionTemplate transactions;

	IntakeHttp http;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.http = new IntakeHttp(this.port);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void thePublicPagesAndTheFormOpenNoSessionAndTheHomePageLinksToTheForm() {
		String description = "Tanpa sesi " + UUID.randomUUID();
		for (HttpResponse<String> response : List.of(this.http.get("/lapor"),
				this.http.get("/lapor?kategori=FOREIGNER"), this.http.get("/lapor/status"),
				this.http.get("/lapor/status?kode=ABCDEFGHJKMNPQRSTUVW"), this.http.postMultipart("/lapor",
						IntakeHttp.recruiterForm(description, "web-" + UUID.randomUUID()), List.of()))) {
			assertThat(response.statusCode()).isIn(200, 302);
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
		}
		assertThat(this.http.get("/").body()).contains("href=\"/lapor\"");
	}

	@Test
	void aFormWithAMistakeComesBackWithEverythingEnteredAndTheAcceptedPhotoKept() throws IOException {
		String description = "Calo datang lagi " + UUID.randomUUID();
		List<String[]> fields = IntakeHttp.recruiterForm(description, "web-" + UUID.randomUUID());
		fields.add(new String[] { "placeText", "Dekat pos ronda" });
		HttpResponse<String> first = this.http.postMultipart("/lapor", fields, List.of(
				new IntakeHttp.FilePart("attachments", "foto.png", "image/png", AnonymityTests.png()),
				new IntakeHttp.FilePart("attachments", "foto-palsu.jpg", "image/jpeg", "bukan foto".getBytes())));

		assertThat(first.statusCode()).isEqualTo(200);
		String page = first.body();
		assertThat(page).contains("id=\"attachments-error\"", "foto-palsu.jpg")
			.contains(description)
			.contains("value=\"Dekat pos ronda\"")
			.contains("0899-1111-2222")
			.contains("value=\"YES\" checked");
		Matcher kept = KEPT.matcher(page);
		assertThat(kept.find()).as("the accepted photo is kept").isTrue();
		String key = kept.group(1);

		List<String[]> again = new ArrayList<>(fields);
		again.add(new String[] { "kept", key });
		HttpResponse<String> second = this.http.postMultipart("/lapor", again, List.of());
		assertThat(second.statusCode()).as(second.body()).isEqualTo(302);
		Report report = this.reports.findByReceiptCode(IntakeHttp.receiptCode(second)).orElseThrow();
		assertThat(this.attachments.findByReportIdOrderByPositionAsc(report.getId())).extracting("fileKey")
			.containsExactly(key);
		assertThat(this.http.get(second.headers().firstValue("Location").orElseThrow()).body()).contains(key);
	}

	@Test
	void aMissingDescriptionIsNamedNextToItsField() {
		HttpResponse<String> response = this.http.postMultipart("/lapor",
				IntakeHttp.recruiterForm(" ", "web-" + UUID.randomUUID()), List.of());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"description-error\"", "Ceritakan apa yang terjadi.");
		HttpResponse<String> english = this.http.postMultipart("/lapor?lang=en",
				IntakeHttp.recruiterForm(" ", "web-" + UUID.randomUUID()), List.of());
		assertThat(english.body()).contains("Tell what happened.");
	}

	@Test
	void aDoubleClickOnThePublicFormMakesOneReport() {
		List<String[]> form = IntakeHttp.recruiterForm("Dobel klik " + UUID.randomUUID(), "web-" + UUID.randomUUID());
		HttpResponse<String> first = this.http.postMultipart("/lapor", form, List.of());
		HttpResponse<String> second = this.http.postMultipart("/lapor", form, List.of());

		assertThat(IntakeHttp.receiptCode(second)).isEqualTo(IntakeHttp.receiptCode(first));
	}

	@Test
	void aWrongAndAnUnknownCodeGetTheSameNeutralAnswer() {
		String unknown = main(this.http.get("/lapor/status?kode=ABCDEFGHJKMNPQRSTUVW").body());
		String malformed = main(this.http.get("/lapor/status?kode=xyz").body());
		String receipt = main(this.http.get("/lapor/tanda-terima?kode=ABCDEFGHJKMNPQRSTUVW").body());

		assertThat(unknown).contains("Tidak ada laporan yang dapat ditampilkan untuk kode ini");
		assertThat(malformed.replace("value=\"xyz\"", ""))
			.isEqualTo(unknown.replace("value=\"ABCDEFGHJKMNPQRSTUVW\"", ""));
		assertThat(receipt).isEqualTo(unknown);
	}

	/** The page's main content. */
	private static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	@Test
	void theStatusPageShowsTheOfficersQuestionTakesTheAnswerAndThePlainOutcome() {
		HttpResponse<String> sent = this.http.postMultipart("/lapor",
				IntakeHttp.recruiterForm("Status " + UUID.randomUUID(), "web-" + UUID.randomUUID()), List.of());
		String code = IntakeHttp.receiptCode(sent);
		Report report = this.reports.findByReceiptCode(code).orElseThrow();
		CurrentUser intel = (CurrentUser) this.users.loadUserByUsername("intel.wonosobo");
		this.transactions.executeWithoutResult(
				(status) -> this.conversation.fromOfficer(report, intel, "Kapan calo itu datang ke rumah warga?"));

		String page = this.http.get("/lapor/status?kode=" + ReceiptCodes.grouped(code).toLowerCase()).body();
		assertThat(page).contains("Laporan Anda sudah diterima dan menunggu diperiksa petugas.")
			.contains("Kapan calo itu datang ke rumah warga?")
			.doesNotContain("intel.wonosobo");
		HttpResponse<String> empty = this.http.postForm("/lapor/status/balas", Map.of("kode", code, "body", " "));
		assertThat(empty.body()).contains("id=\"body-error\"", "Tulis pesan terlebih dahulu.");
		HttpResponse<String> replied = this.http.postForm("/lapor/status/balas",
				Map.of("kode", code, "body", "Hari Selasa sore."));
		assertThat(replied.statusCode()).isEqualTo(302);
		assertThat(this.http.get(replied.headers().firstValue("Location").orElseThrow()).body())
			.contains("Hari Selasa sore.", "Pesan Anda terkirim.");
	}

	@Test
	void aClosedReportShowsItsOutcomeInPlainLanguageAndTakesNoMoreMessages() {
		String code = IntakeHttp.receiptCode(this.http.postMultipart("/lapor",
				IntakeHttp.recruiterForm("Ditutup " + UUID.randomUUID(), "web-" + UUID.randomUUID()), List.of()));
		this.transactions.executeWithoutResult((status) -> {
			Report report = this.reports.findByReceiptCode(code).orElseThrow();
			report.moveTo(ReportState.CLOSED, ClosingReason.DEPARTURE_PREVENTED,
					"Petugas sudah menemui keluarga; keberangkatan dibatalkan.", LocalDate.now(), Instant.now());
			this.reports.saveAndFlush(report);
		});

		String page = this.http.get("/lapor/status?kode=" + code).body();
		assertThat(page).contains("Penanganan laporan Anda sudah selesai.")
			.contains("Keberangkatan yang berbahaya berhasil dicegah.")
			.contains("Petugas sudah menemui keluarga; keberangkatan dibatalkan.")
			.doesNotContain("id=\"reply-submit\"");
		HttpResponse<String> late = this.http.postForm("/lapor/status/balas",
				Map.of("kode", code, "body", "Terima kasih"));
		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(late.body()).contains("field-error");
		assertThat(this.http.get("/lapor/status?kode=" + code + "&lang=en").body())
			.contains("A dangerous departure was prevented.");
	}

	@Test
	void aVillageOfficialReportsForHisOwnVillageOnTheStaffForm() throws Exception {
		CurrentUser official = (CurrentUser) this.users.loadUserByUsername("desa.pakuncen");
		String page = this.mvc
			.perform(MockMvcRequestBuilders.get("/app/laporan/baru?kategori=FOREIGNER").with(user(official)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Pakuncen").doesNotContain("id=\"village-query\"");

		String description = "Orang asing di balai desa " + UUID.randomUUID();
		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/app/laporan/baru")
				.file(new MockMultipartFile("attachments", "foto.png", "image/png", AnonymityTests.png()))
				.param("category", "FOREIGNER")
				.param("formKey", "web-" + UUID.randomUUID())
				.param("villageQuery", "33.07.01.2001")
				.param("description", description)
				.param("details[numberOfPersons]", "2")
				.with(user(official))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		Report report = this.reports.findAll()
			.stream()
			.filter((candidate) -> description.equals(candidate.getDescription()))
			.findFirst()
			.orElseThrow();
		assertThat(report.getVillageCode()).isEqualTo("33.07.06.2009");
		assertThat(report.getReporterKind()).isEqualTo(ReporterKind.VILLAGE_OFFICIAL);
		assertThat(response.getRedirectedUrl()).isEqualTo("/app/laporan/baru/" + report.getId() + "/diterima");

		String receipt = this.mvc.perform(MockMvcRequestBuilders.get(response.getRedirectedUrl()).with(user(official)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(receipt).contains(ReceiptCodes.grouped(report.getReceiptCode()));
		String sha = this.attachments.findByReportIdOrderByPositionAsc(report.getId()).get(0).getFileKey();
		MockHttpServletResponse download = this.mvc
			.perform(MockMvcRequestBuilders.get("/app/laporan/" + report.getId() + "/lampiran/" + sha)
				.with(user(official)))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("image/png");
		assertThat(this.views.of(report.getId())).extracting("purpose").contains("ATTACHMENT", "RECEIPT");
		CurrentUser yogyakarta = (CurrentUser) this.users.loadUserByUsername("kepala.yogyakarta");
		assertThat(this.mvc
			.perform(MockMvcRequestBuilders.get("/app/laporan/" + report.getId() + "/lampiran/" + sha)
				.with(user(yogyakarta)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aPimpasaTakesDownAReportOnBehalfOfAResidentWithHerContact() throws Exception {
		CurrentUser pimpasa = (CurrentUser) this.users.loadUserByUsername("pimpasa.wonosobo");
		String description = "Atas nama warga " + UUID.randomUUID();
		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/app/laporan/baru")
				.param("category", "DOCUMENT_FRAUD")
				.param("formKey", "web-" + UUID.randomUUID())
				.param("villageQuery", "33.07.06.2009")
				.param("description", description)
				.param("onBehalf", "true")
				.param("contactName", "Ibu Warsini")
				.param("contactPhone", "0857 2222 3333")
				.param("contactConsent", "true")
				.with(user(pimpasa))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		Report report = this.reports.findAll()
			.stream()
			.filter((candidate) -> description.equals(candidate.getDescription()))
			.findFirst()
			.orElseThrow();
		assertThat(report.getChannel()).isEqualTo(ReportChannel.IN_PERSON);
		assertThat(report.isOnBehalf()).isTrue();
		assertThat(report.getContactName()).isEqualTo("Ibu Warsini");
		assertThat(report.getSubmittedBy()).isEqualTo(pimpasa.accountId());
	}

}
