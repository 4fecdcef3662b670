package id.desabinaan.earlywarning.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.desabinaan.outreach.OutreachFixtures;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.Role;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Weekly returns (one per village and ISO week, corrected by submitting again, only the
 * current week and the configured weeks before) and silent villages (neither a return nor
 * a report within the configured days), on partner villages designated for the test and
 * mentored by a PIMPASA made for it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class WeeklyReturnTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	WeeklyReturnService service;

	@Autowired
	WeeklyReturns returns;

	QueueFixtures fixtures;

	OutreachFixtures outreach;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.fixtures = new QueueFixtures(this.context);
		this.outreach = new OutreachFixtures(this.context);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	private static WeeklyReturnForm form(IsoWeek week, String answer, String reports) {
		WeeklyReturnForm form = new WeeklyReturnForm();
		form.setWeek(week.toString());
		form.setAnswer(answer);
		form.setReports(reports);
		return form;
	}

	private CurrentUser officialOf(PartnerVillageSummary village) {
		return this.fixtures.account(Role.VILLAGE_OFFICIAL, null, village.code().value());
	}

	@Test
	void villageOfficialSubmitsTheWeekAndCorrectsItBySubmittingAgain() {
		PartnerVillageSummary village = this.outreach.village();
		CurrentUser official = officialOf(village);
		IsoWeek week = this.service.weeks(village).get(0);

		boolean firstCorrected = this.service.submit(official, form(week, WeeklyReturnForm.NONE, ""));
		boolean secondCorrected = this.service.submit(official, form(week, WeeklyReturnForm.SOME, "3"));

		assertThat(firstCorrected).isFalse();
		assertThat(secondCorrected).isTrue();
		WeeklyReturn stored = this.returns
			.findByVillageCodeAndWeekYearAndWeekNumber(village.code().value(), week.year(), week.number())
			.orElseThrow();
		assertThat(stored.isNothingToReport()).isFalse();
		assertThat(stored.getReportsMade()).isEqualTo(3);
		assertThat(this.service.history(village)).hasSize(1);
	}

	@Test
	void refusesAWeekOutsideTheWindowAndAMissingNumberNamingTheField() {
		PartnerVillageSummary village = this.outreach.village();
		CurrentUser official = officialOf(village);
		IsoWeek current = this.service.weeks(village).get(0);

		assertThatThrownBy(() -> this.service.submit(official, form(current.minusWeeks(5), "NONE", null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("week"));
		assertThatThrownBy(
				() -> this.service.submit(official, form(IsoWeek.of(LocalDate.now().plusWeeks(2)), "NONE", null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("week"));
		assertThatThrownBy(() -> this.service.submit(official, form(current, "SOME", ""))).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("reports"));
		assertThatThrownBy(() -> this.service.submit(official, form(current, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("answer"));
		assertThat(this.service.history(village)).isEmpty();
	}

	@Test
	void formShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
		PartnerVillageSummary village = this.outreach.village();
		CurrentUser official = officialOf(village);
		IsoWeek current = this.service.weeks(village).get(0);

		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.post("/app/laporan/mingguan")
				.param("week", current.toString())
				.param("answer", "SOME")
				.param("reports", "banyak")
				.param("note", "catatan uji")
				.accept(MediaType.TEXT_HTML)
				.with(csrf())
				.with(user(official)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("class=\"field-error\"", "Isi jumlah laporan",
				"value=\"banyak\"", "catatan uji");
	}

	@Test
	void postRedirectsWithAMessageAndOnlyVillageOfficialsSubmit() throws Exception {
		PartnerVillageSummary village = this.outreach.village();
		CurrentUser official = officialOf(village);
		IsoWeek current = this.service.weeks(village).get(0);

		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.post("/app/laporan/mingguan")
				.param("week", current.toString())
				.param("answer", "NONE")
				.accept(MediaType.TEXT_HTML)
				.with(csrf())
				.with(user(official)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/app/laporan/mingguan?minggu=" + current);
		assertThatThrownBy(
				() -> this.service.submit(this.fixtures.user("pimpasa.wonosobo"), form(current, "NONE", null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void villagesWithoutReturnOrReportAreSilentForTheirOfficer() {
		PartnerVillageSummary quiet = this.outreach.village();
		PartnerVillageSummary returning = this.outreach.village();
		PartnerVillageSummary reporting = this.outreach.village();
		CurrentUser officer = this.outreach.officerOf(quiet, returning, reporting);
		CurrentUser official = officialOf(returning);
		this.service.submit(official, form(this.service.weeks(returning).get(1), WeeklyReturnForm.NONE, null));
		this.fixtures.report("laporan dari desa").village(reporting.code().value()).receivedDaysAgo(3).save();

		assertThat(this.service.silentVillages(officer)).extracting(WeeklyReturnService.SilentVillage::code)
			.containsExactly(quiet.code().value());
		assertThat(this.service.silentVillages(this.fixtures.user("kepala.wonosobo")))
			.extracting(WeeklyReturnService.SilentVillage::code)
			.contains(quiet.code().value())
			.doesNotContain(returning.code().value(), reporting.code().value());
		assertThatThrownBy(() -> this.service.silentVillages(official)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.silentVillages(this.fixtures.user("nasional")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aReturnOrReportOlderThanTheSilentDaysNoLongerCounts() {
		PartnerVillageSummary old = this.outreach.village();
		CurrentUser officer = this.outreach.officerOf(old);
		this.fixtures.report("laporan lama").village(old.code().value()).receivedDaysAgo(15).save();

		assertThat(this.service.silentVillages(officer)).extracting(WeeklyReturnService.SilentVillage::code)
			.containsExactly(old.code().value());
	}

	@Test
	void demoPakuncenReturnsEveryWeekSoItIsNeverSilent() {
		// which other villages are silent depends on the reports other tests store in the
		// shared database: only Pakuncen's demo returns are certain here
		assertThat(this.service.silentVillages(this.fixtures.user("pimpasa.wonosobo")))
			.extracting(WeeklyReturnService.SilentVillage::code)
			.doesNotContain(QueueFixtures.PAKUNCEN);
	}

}
