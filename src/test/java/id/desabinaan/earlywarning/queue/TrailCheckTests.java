package id.desabinaan.earlywarning.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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

import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Trail verification: one report's trail page, the check of every report in reach and the
 * command's check, intact and broken.
 *
 * <p>
 * The broken trail is made on a fixture report of a fixture office of its own (a Kanim
 * inserted for the test), by inserting an entry whose hash does not fit the chain with
 * plain JDBC (the database refuses to update or delete entries). That report stays broken
 * in the shared test database, so every check over "all reports" in these tests is scoped
 * to a fixture office, and the check by the system administrator (all offices) is only
 * asked whether it names this broken report, never whether everything is intact. Kanim
 * Wonosobo and the other demo offices never hold a broken trail made here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class TrailCheckTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TrailCheck trails;

	@Autowired
	ReportTrailCommand command;

	@Autowired
	ReportViews views;

	QueueFixtures fixtures;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.fixtures = new QueueFixtures(this.context);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	private MockHttpServletResponse page(String path, CurrentUser who) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML).with(user(who)))
			.andReturn()
			.getResponse();
	}

	@Test
	void trailPageSaysAnIntactChainIsIntactAndLogsTheView() throws Exception {
		CurrentUser staff = this.fixtures.account(Role.OFFICE_STAFF, this.fixtures.wonosobo(), null);
		long id = this.fixtures.report("jejak utuh").state(ReportState.VERIFIED).assignedTo(staff).save();

		TrailCheck.TrailView trail = this.trails.trailOf(staff, id);
		MockHttpServletResponse response = page("/app/laporan/" + id + "/jejak", staff);

		assertThat(trail.intact()).isTrue();
		assertThat(trail.entries()).hasSize(3);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Jejak utuh: 3 catatan");
		assertThat(this.views.of(id)).extracting((entry) -> entry.getPurpose()).contains("TRAIL");
	}

	@Test
	void trailPageNamesTheFirstBrokenEntry() throws Exception {
		String office = this.fixtures.office();
		CurrentUser staff = this.fixtures.account(Role.OFFICE_STAFF, this.fixtures.wonosobo(), null);
		long id = this.fixtures.report("jejak dirusak")
			.office(this.fixtures.officeId(office))
			.state(ReportState.UNDER_VERIFICATION)
			.assignedTo(staff)
			.save();
		this.fixtures.breakTrail(id);

		TrailCheck.TrailView trail = this.trails.trailOf(staff, id);
		MockHttpServletResponse response = page("/app/laporan/" + id + "/jejak", staff);

		assertThat(trail.intact()).isFalse();
		assertThat(trail.firstBroken().getSeq()).isEqualTo(3);
		assertThat(response.getContentAsString()).contains("Jejak rusak: catatan ke-3 tidak cocok");
	}

	@Test
	void checkOfAnOfficeNamesItsBrokenTrailsOnly() throws Exception {
		String office = this.fixtures.office();
		long officeId = this.fixtures.officeId(office);
		CurrentUser head = this.fixtures.account(Role.OFFICE_HEAD, officeId, null);
		long intact = this.fixtures.report("utuh").office(officeId).state(ReportState.VERIFIED).save();
		long broken = this.fixtures.report("rusak").office(officeId).save();
		this.fixtures.breakTrail(broken);

		TrailCheck.Result result = this.trails.checkInReach(head);
		MockHttpServletResponse response = page("/app/laporan/jejak", head);

		assertThat(result.checked()).isEqualTo(2);
		assertThat(result.broken()).extracting(TrailCheck.Broken::reportId).containsExactly(broken);
		assertThat(result.broken().get(0).seq()).isEqualTo(2);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("1 dari 2 laporan memiliki jejak rusak",
				"href=\"/app/laporan/" + broken + "/jejak\"");
		assertThat(this.trails.checkInReach(this.fixtures.user("admin")).broken())
			.extracting(TrailCheck.Broken::reportId)
			.contains(broken)
			.doesNotContain(intact);
	}

	@Test
	void checkOfEveryTrailIsForOfficeHeadsAndTheSystemAdministrator() {
		for (String username : new String[] { "intel.wonosobo", "pimpasa.wonosobo", "nasional", "desa.pakuncen" }) {
			assertThatThrownBy(() -> this.trails.checkInReach(this.fixtures.user(username))).as(username)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> this.trails.trailOf(this.fixtures.user("desa.pakuncen"), 1L))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void commandPrintsTheResultAndAnswersNonZeroWhenATrailIsBroken() {
		String whole = this.fixtures.office();
		this.fixtures.report("utuh").office(this.fixtures.officeId(whole)).state(ReportState.ESCALATED).save();
		String damaged = this.fixtures.office();
		long broken = this.fixtures.report("rusak").office(this.fixtures.officeId(damaged)).save();
		this.fixtures.breakTrail(broken);

		ByteArrayOutputStream intactOut = new ByteArrayOutputStream();
		ByteArrayOutputStream brokenOut = new ByteArrayOutputStream();
		ByteArrayOutputStream unknownOut = new ByteArrayOutputStream();

		assertThat(this.command.run(whole, new PrintStream(intactOut, true, StandardCharsets.UTF_8))).isZero();
		assertThat(this.command.run(damaged, new PrintStream(brokenOut, true, StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(this.command.run("EWQ-NO-SUCH-OFFICE", new PrintStream(unknownOut, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(intactOut.toString(StandardCharsets.UTF_8)).contains("1 reports checked, 0 broken",
				"All trails are intact.");
		assertThat(brokenOut.toString(StandardCharsets.UTF_8)).contains("1 reports checked, 1 broken",
				"BROKEN report " + broken, "first broken entry 2");
		assertThat(unknownOut.toString(StandardCharsets.UTF_8)).contains("unknown office EWQ-NO-SUCH-OFFICE");
	}

}
