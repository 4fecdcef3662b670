package id.desabinaan.earlywarning.triage;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccessEntry;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.earlywarning.report.Reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The officer's report page and the triage API through the whole web stack, as the demo
 * accounts (their real role and scope).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ReportPageTests {

	@Autowired
	WebApplicationContext web;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportViews views;

	@Autowired
	Reports reports;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.web).apply(springSecurity()).build();
	}

	MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(username))).with(csrf()))
			.andReturn()
			.getResponse();
	}

	@Test
	void theHeadSeesTheReportWithContactAndEveryViewIsLogged() throws Exception {
		Report report = TriageFixtures.report(this.context, "page-head");
		MockHttpServletResponse page = as("kepala.wonosobo", get("/app/laporan/" + report.getId()));

		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("Ibu Sumi page-head", "+6281234567890", "Fixture page-head", "Pak Darto", "Pakuncen",
				"status-form", "close-form", "assign-form", "message-form");

		MockHttpServletResponse pimpasaPage = as("pimpasa.wonosobo", get("/app/laporan/" + report.getId()));
		assertThat(pimpasaPage.getStatus()).isEqualTo(200);
		assertThat(pimpasaPage.getContentAsString()).doesNotContain("+6281234567890")
			.contains("Disembunyikan", "take-form");

		List<ReportAccessEntry> log = this.views.of(report.getId());
		assertThat(log).extracting(ReportAccessEntry::getUsername).contains("kepala.wonosobo", "pimpasa.wonosobo");
		assertThat(log).filteredOn((e) -> e.getUsername().equals("kepala.wonosobo"))
			.allMatch(ReportAccessEntry::isWithContact);
		assertThat(log).filteredOn((e) -> e.getUsername().equals("pimpasa.wonosobo"))
			.noneMatch(ReportAccessEntry::isWithContact);
	}

	@Test
	void outsideTheirReachTheReportIsNotFoundAndViewersAreRefused() throws Exception {
		Report report = TriageFixtures.report(this.context, "page-scope");
		assertThat(as("kepala.yogyakarta", get("/app/laporan/" + report.getId())).getStatus()).isEqualTo(404);
		assertThat(as("staf.wonosobo", get("/app/laporan/" + report.getId())).getStatus()).isEqualTo(404);
		assertThat(as("desa.pakuncen", get("/app/laporan/" + report.getId())).getStatus()).isEqualTo(404);
		assertThat(as("nasional", get("/app/laporan/" + report.getId())).getStatus()).isEqualTo(403);
		assertThat(as("kepala.yogyakarta",
				post("/app/laporan/" + report.getId() + "/status").param("target", "UNDER_VERIFICATION")
					.param("reason", "x"))
			.getStatus()).isEqualTo(404);
		assertThat(as("staf.wonosobo", post("/app/laporan/" + report.getId() + "/pesan").param("body", "halo"))
			.getStatus()).isEqualTo(403);
		assertThat(this.views.of(report.getId())).isEmpty();
	}

	@Test
	void refusedInputComesBackNextToItsFieldWithNothingLost() throws Exception {
		Report report = TriageFixtures.report(this.context, "page-input");
		MockHttpServletResponse refused = as("intel.wonosobo",
				post("/app/laporan/" + report.getId() + "/tutup").param("closingReason", "UNFOUNDED")
					.param("outcomeNote", "")
					.param("version", Long.toString(report.getVersion())));
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("class=\"field-error\"",
				"Tulis hasil yang akan dibaca pelapor.", "value=\"UNFOUNDED\" selected");

		MockHttpServletResponse notAllowed = as("intel.wonosobo",
				post("/app/laporan/" + report.getId() + "/status").param("target", "VERIFIED")
					.param("reason", "Alasan yang panjang dan tetap ada"));
		assertThat(notAllowed.getStatus()).isEqualTo(200);
		assertThat(notAllowed.getContentAsString()).contains("class=\"field-error\"",
				"Alasan yang panjang dan tetap ada");

		MockHttpServletResponse unknown = as("intel.wonosobo",
				post("/app/laporan/" + report.getId() + "/rujukan").param("partnerKind", "MARS")
					.param("partnerUnit", "Unit X")
					.param("summary", "Isi ringkasan"));
		assertThat(unknown.getStatus()).isEqualTo(200);
		assertThat(unknown.getContentAsString()).contains("class=\"field-error\"", "Pilihan tidak dikenal.");

		MockHttpServletResponse stale = as("intel.wonosobo",
				post("/app/laporan/" + report.getId() + "/status").param("target", "UNDER_VERIFICATION")
					.param("reason", "mulai")
					.param("version", Long.toString(report.getVersion() + 7)));
		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getContentAsString()).contains("baru saja diubah oleh petugas lain");
		assertThat(this.reports.findById(report.getId()).orElseThrow().getState()).isEqualTo(ReportState.RECEIVED);
	}

	@Test
	void aChangeRedirectsBackToThePageWithAMessage() throws Exception {
		Report report = TriageFixtures.report(this.context, "page-prg");
		MockHttpServletResponse moved = as("intel.wonosobo",
				post("/app/laporan/" + report.getId() + "/status").param("target", "UNDER_VERIFICATION")
					.param("reason", "Cek ke desa")
					.param("version", Long.toString(report.getVersion())));
		assertThat(moved.getStatus()).isEqualTo(302);
		assertThat(moved.getRedirectedUrl()).isEqualTo("/app/laporan/" + report.getId());
		MockHttpServletResponse page = as("intel.wonosobo", get("/app/laporan/" + report.getId()));
		assertThat(page.getContentAsString()).contains("Sedang diverifikasi", "Cek ke desa");
	}

	@Test
	void theApiFollowsTheSameRules() throws Exception {
		Report report = TriageFixtures.report(this.context, "api");
		String base = "/api/v1/reports/" + report.getId();

		MockHttpServletResponse missing = as("intel.wonosobo",
				post(base + "/state").contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"\"}"));
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("\"field\":\"target\"");

		MockHttpServletResponse refused = as("intel.wonosobo",
				post(base + "/state").contentType(MediaType.APPLICATION_JSON)
					.content("{\"target\":\"VERIFIED\",\"reason\":\"langsung\"}"));
		assertThat(refused.getStatus()).isEqualTo(409);

		assertThat(
				as("kepala.yogyakarta",
						post(base + "/state").contentType(MediaType.APPLICATION_JSON)
							.content("{\"target\":\"UNDER_VERIFICATION\",\"reason\":\"x\"}"))
					.getStatus())
			.isEqualTo(404);
		assertThat(as("staf.wonosobo",
				post(base + "/messages").contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"halo\"}"))
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc
			.perform(post(base + "/messages").contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"halo\"}"))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(401, 403);

		assertThat(as("intel.wonosobo",
				post(base + "/state").contentType(MediaType.APPLICATION_JSON)
					.content("{\"target\":\"UNDER_VERIFICATION\",\"reason\":\"cek\"}"))
			.getContentAsString()).contains("\"state\":\"UNDER_VERIFICATION\"");
		as("intel.wonosobo", post(base + "/state").contentType(MediaType.APPLICATION_JSON)
			.content("{\"target\":\"VERIFIED\",\"reason\":\"benar\"}"));
		MockHttpServletResponse message = as("intel.wonosobo",
				post(base + "/messages").contentType(MediaType.APPLICATION_JSON)
					.content("{\"body\":\"Kapan calo datang?\"}"));
		assertThat(message.getStatus()).isEqualTo(201);
		MockHttpServletResponse referral = as("intel.wonosobo", post(base + "/referrals")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partnerKind\":\"BP3MI\",\"partnerUnit\":\"BP3MI Jawa Tengah\",\"summary\":\"Data calo\"}"));
		assertThat(referral.getStatus()).isEqualTo(201);
		String rid = referral.getHeader("Location").replaceAll(".*/", "");
		MockHttpServletResponse declined = as("intel.wonosobo",
				post(base + "/referrals/" + rid + "/answer").contentType(MediaType.APPLICATION_JSON)
					.content("{\"answer\":\"DECLINED\"}"));
		assertThat(declined.getStatus()).isEqualTo(400);
		assertThat(declined.getContentAsString()).contains("\"field\":\"answerReason\"");
		assertThat(
				as("intel.wonosobo",
						post(base + "/referrals/" + rid + "/answer").contentType(MediaType.APPLICATION_JSON)
							.content("{\"answer\":\"ACCEPTED\"}"))
					.getContentAsString())
			.contains("\"answer\":\"ACCEPTED\"");
		assertThat(as("intel.wonosobo",
				post(base + "/referrals/" + rid + "/outcome").contentType(MediaType.APPLICATION_JSON)
					.content("{\"outcome\":\"Calo dipanggil BP3MI\"}"))
			.getContentAsString()).contains("Calo dipanggil BP3MI");
		MockHttpServletResponse closed = as("intel.wonosobo",
				post(base + "/state").contentType(MediaType.APPLICATION_JSON)
					.content("{\"target\":\"CLOSED\",\"closingReason\":\"DEPARTURE_PREVENTED\","
							+ "\"outcomeNote\":\"Keberangkatan dibatalkan.\"}"));
		assertThat(closed.getStatus()).isEqualTo(200);
		assertThat(closed.getContentAsString()).contains("\"state\":\"CLOSED\"", "DEPARTURE_PREVENTED");
	}

}
