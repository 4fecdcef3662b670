package id.desabinaan.earlywarning.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Overdue reports are put before the office head on his staff home, with how many were
 * escalated to him; officers who handle reports see the same box; others do not.
 */
@SpringBootTest
class ReportDeskTests {

	@Autowired
	WebApplicationContext web;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	OverdueReports overdue;

	Document home(String username) throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.web).apply(springSecurity()).build();
		String html = mvc.perform(get("/app").with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	void theHeadsHomeCountsOverdueReportsAndThoseEscalatedToHim() throws Exception {
		TriageFixtures.report(this.context, "desk", LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(30));
		this.overdue.escalateOverdue(Instant.now());

		Document head = home("kepala.wonosobo");
		assertThat(head.select("#report-desk h2").text()).isEqualTo("Laporan peringatan dini");
		assertThat(head.select("#report-desk-overdue").text())
			.matches("\\d+ laporan melewati batas waktu; " + "[1-9]\\d* di antaranya sudah dilaporkan kepada Anda\\.");
		assertThat(head.select("#report-desk a").eachAttr("href")).contains("/app/laporan/terlambat");

		assertThat(home("intel.wonosobo").select("#report-desk-overdue").text())
			.contains("sudah dilaporkan ke kepala kantor");
		assertThat(home("desa.pakuncen").select("#report-desk")).isEmpty();
		assertThat(home("nasional").select("#report-desk")).isEmpty();
	}

}
