package id.desabinaan.earlywarning.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccessEntry;
import id.desabinaan.earlywarning.report.ReportEntry;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;

/**
 * Subjects linked across reports of Kanim Wonosobo, duplicates proposed and merged, and
 * who sees which figures, against the whole application and its database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class SubjectLinkingTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	SubjectService subjects;

	@Autowired
	DuplicateService duplicates;

	@Autowired
	SubjectLinker linker;

	@Autowired
	ReportSubjectLinks links;

	@Autowired
	DuplicateProposals proposals;

	@Autowired
	Reports reports;

	@Autowired
	ReportTrail trail;

	@Autowired
	ReportViews views;

	SubjectFixtures fixtures;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.fixtures = new SubjectFixtures(this.context);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void aPhoneWrittenThreeWaysInThreeVillagesIsOneSubjectInThreeReportsFromThreeVillages() {
		Subject phone = this.fixtures.phoneInThreeVillages();

		SubjectPage page = this.subjects.subject(account("intel.wonosobo"), phone.getId(), "TEST");

		assertThat(page.subject().reports()).isEqualTo(3);
		assertThat(page.subject().villages()).isEqualTo(3);
		assertThat(page.reports()).extracting((row) -> row.report().villageName())
			.containsExactlyInAnyOrder("Pakuncen", "Kaligowong", "Kecis");
		assertThat(page.reports()).flatExtracting(SubjectPage.NamingReport::writtenAs)
			.hasSize(3)
			.doesNotHaveDuplicates();
	}

	@Test
	void aReportsSubjectsShowTheirFiguresAndTheViewIsLogged() {
		Subject phone = this.fixtures.phoneInThreeVillages();
		String plate = SubjectFixtures.uniquePlate();
		Report report = this.fixtures.report(SubjectFixtures.PAKUNCEN, ReportCategory.RECRUITER,
				SubjectFixtures.uniqueDescription("Calo lagi"),
				SubjectFixtures.details("phoneNumbers", phone.getDisplayValue(), "vehicles", plate, "agencyClaimed",
						"PT. Maju " + SubjectFixtures.uniqueWord()));

		ReportSubjects page = this.subjects.ofReport(account("kepala.wonosobo"), report.getId(), "TEST_SUBJECTS");

		assertThat(page.subjects()).extracting((named) -> named.subject().kind())
			.containsExactly(SubjectKind.PHONE, SubjectKind.AGENCY, SubjectKind.VEHICLE);
		assertThat(page.subjects().get(0).subject().reports()).isEqualTo(4);
		assertThat(page.subjects().get(0).subject().villages()).isEqualTo(3);
		assertThat(page.subjects().get(2).subject().reports()).isEqualTo(1);
		assertThat(this.views.of(report.getId())).extracting(ReportAccessEntry::getPurpose).contains("TEST_SUBJECTS");
	}

	@Test
	void spellingVariantsOfANameLinkToOnePersonAndADifferentNameDoesNot() {
		String surname = SubjectFixtures.uniqueWord();
		Report first = this.fixtures.report(SubjectFixtures.PAKUNCEN, ReportCategory.TRAFFICKING,
				SubjectFixtures.uniqueDescription("Dugaan perdagangan orang"),
				SubjectFixtures.details("personNames", "Muhammad Hendra " + surname));
		Report second = this.fixtures.report(SubjectFixtures.KECIS, ReportCategory.TRAFFICKING,
				SubjectFixtures.uniqueDescription("Dugaan perdagangan orang"),
				SubjectFixtures.details("personNames", "Pak Mohamad Hendrah " + surname));
		Report third = this.fixtures.report(SubjectFixtures.KALIGOWONG, ReportCategory.TRAFFICKING,
				SubjectFixtures.uniqueDescription("Dugaan perdagangan orang"),
				SubjectFixtures.details("personNames", "Muhamad Hendri " + surname));

		long person = subjectOf(first);
		assertThat(subjectOf(second)).isEqualTo(person);
		assertThat(subjectOf(third)).isNotEqualTo(person);
		assertThat(this.subjects.subject(account("intel.wonosobo"), person, "TEST").subject().reports()).isEqualTo(2);
	}

	@Test
	void anAnonymousReportIsLinkedAndItsSubjectsKeepTheDateOnly() {
		String phone = SubjectFixtures.uniquePhone();
		Report anonymous = this.fixtures.report(SubjectFixtures.KECIS, ReportCategory.RECRUITER,
				SubjectFixtures.uniqueDescription("Laporan warga tanpa nama"),
				SubjectFixtures.details("phoneNumbers", phone), "test-anon-" + SubjectFixtures.uniqueWord(), true,
				ReporterKind.ANONYMOUS);

		List<ReportSubjectLink> linked = this.links.findByReportIdOrderById(anonymous.getId());
		assertThat(linked).singleElement()
			.satisfies((link) -> assertThat(link.getLinkedOn()).isEqualTo(anonymous.getReceivedOn()));
		Subject subject = this.fixtures.subject(SubjectKind.PHONE, SubjectFixtures.e164(phone));
		assertThat(subject.getCreatedOn()).isEqualTo(anonymous.getReceivedOn());
		assertThat(subject.getCreatedBy()).isEqualTo(SubjectLinker.SYSTEM);
	}

	@Test
	void linkingAReportAgainChangesNothing() {
		Subject phone = this.fixtures.phoneInKaliputih();
		long reportId = this.links.findBySubjectIdIn(List.of(phone.getId())).get(0).getReportId();
		List<ReportSubjectLink> before = this.links.findByReportIdOrderById(reportId);

		assertThat(this.linker.linkQuietly(reportId)).isTrue();

		assertThat(this.links.findByReportIdOrderById(reportId)).extracting(ReportSubjectLink::getId)
			.containsExactlyElementsOf(before.stream().map(ReportSubjectLink::getId).toList());
	}

	@Test
	void aReportStoredWithoutTheEventIsLinkedByTheStartUpStepOnceOnly() {
		String prefix = "test-silent-" + SubjectFixtures.uniqueWord();
		String phone = SubjectFixtures.uniquePhone();
		Report silent = this.fixtures.report(SubjectFixtures.KALIPUTIH, ReportCategory.RECRUITER,
				SubjectFixtures.uniqueDescription("Laporan lama"), SubjectFixtures.details("phoneNumbers", phone),
				prefix + "-1", false);
		assertThat(this.links.findByReportIdOrderById(silent.getId())).isEmpty();

		assertThat(this.linker.linkSubmittedWith(prefix)).isEqualTo(1);
		List<ReportSubjectLink> linked = this.links.findByReportIdOrderById(silent.getId());
		this.linker.linkSubmittedWith(prefix);

		assertThat(linked).hasSize(1);
		assertThat(this.links.findByReportIdOrderById(silent.getId())).extracting(ReportSubjectLink::getId)
			.containsExactly(linked.get(0).getId());
		assertThat(this.fixtures.subject(SubjectKind.PHONE, SubjectFixtures.e164(phone)).getId())
			.isEqualTo(linked.get(0).getSubjectId());
	}

	@Test
	void reportsWithAlikeDescriptionsInOneVillageAreProposedWithoutASharedSubject() {
		String description = SubjectFixtures.uniqueDescription("Tiga pemuda akan berangkat ke Malaysia lewat Batam");
		Report first = this.fixtures.report(SubjectFixtures.CANDI, ReportCategory.NON_PROCEDURAL_DEPARTURE, description,
				SubjectFixtures.details());
		Report second = this.fixtures.report(SubjectFixtures.CANDI, ReportCategory.NON_PROCEDURAL_DEPARTURE,
				description + " minggu depan", SubjectFixtures.details());
		Report elsewhere = this.fixtures.report(SubjectFixtures.KALIPUTIH, ReportCategory.NON_PROCEDURAL_DEPARTURE,
				description, SubjectFixtures.details());

		DuplicateProposal proposal = this.proposals.findByReportAAndReportB(first.getId(), second.getId())
			.orElseThrow();
		assertThat(proposal.reasonList()).singleElement().asString().startsWith("DESCRIPTION:");
		assertThat(this.proposals.findByReportAAndReportB(first.getId(), elsewhere.getId())).isEmpty();
		assertThat(this.proposals.findByReportAAndReportB(second.getId(), elsewhere.getId())).isEmpty();
	}

	@Test
	void reportsSharingAVehicleInOneVillageAreProposedAndMergingKeepsBothTrails() {
		DuplicateProposal proposal = this.fixtures.duplicatePair();
		assertThat(proposal.getStatus()).isEqualTo(DuplicateStatus.PROPOSED);
		assertThat(proposal.getScore()).isEqualTo(50);
		assertThat(this.duplicates.proposed(account("intel.wonosobo"))).extracting(DuplicateLine::id)
			.contains(proposal.getId());
		int keptTrail = this.trail.of(proposal.getReportA()).size();
		int mergedTrail = this.trail.of(proposal.getReportB()).size();

		this.duplicates.merge(account("intel.wonosobo"), proposal.getId(), null, "Kendaraan dan kejadian sama");

		Report kept = this.reports.findById(proposal.getReportA()).orElseThrow();
		Report merged = this.reports.findById(proposal.getReportB()).orElseThrow();
		assertThat(merged.getState()).isEqualTo(ReportState.CLOSED);
		assertThat(merged.getClosingReason()).isEqualTo(ClosingReason.DUPLICATE);
		assertThat(merged.getMergedInto()).isEqualTo(kept.getId());
		assertThat(kept.getState()).isEqualTo(ReportState.RECEIVED);
		List<ReportEntry> mergedEntries = this.trail.of(merged.getId());
		List<ReportEntry> keptEntries = this.trail.of(kept.getId());
		assertThat(mergedEntries).hasSize(mergedTrail + 1);
		assertThat(keptEntries).hasSize(keptTrail + 1);
		assertThat(mergedEntries.get(mergedEntries.size() - 1).getKind()).isEqualTo(DuplicateService.MERGED_INTO);
		assertThat(mergedEntries.get(mergedEntries.size() - 1).getActor()).isEqualTo("intel.wonosobo");
		assertThat(keptEntries.get(keptEntries.size() - 1).getKind()).isEqualTo(DuplicateService.MERGED_FROM);
		assertThat(this.trail.firstBroken(merged.getId())).isEmpty();
		assertThat(this.trail.firstBroken(kept.getId())).isEmpty();
		ReportSubjects keptPage = this.subjects.ofReport(account("intel.wonosobo"), kept.getId(), "TEST");
		assertThat(keptPage.mergedFrom()).extracting(ReportLine::id).containsExactly(merged.getId());
		assertThat(keptPage.subjects().get(0).subject().reports()).as("a merged duplicate is not counted twice")
			.isEqualTo(1);
		assertThat(this.proposals.findById(proposal.getId()).orElseThrow().getStatus())
			.isEqualTo(DuplicateStatus.MERGED);
	}

	@Test
	void aRejectedPairIsNotProposedAgain() {
		DuplicateProposal proposal = this.fixtures.duplicatePair();

		this.duplicates.reject(account("kepala.wonosobo"), proposal.getId(), null);
		this.linker.linkQuietly(proposal.getReportB());

		assertThat(this.proposals.findByReportAAndReportB(proposal.getReportA(), proposal.getReportB()))
			.hasValueSatisfying((stored) -> assertThat(stored.getStatus()).isEqualTo(DuplicateStatus.REJECTED));
		assertThatThrownBy(() -> this.duplicates.merge(account("kepala.wonosobo"), proposal.getId(), null, null))
			.hasMessageContaining("ewsubject.duplicate.decided");
	}

	@Test
	void onlyTheOfficesAnalystsAndHeadDecideOnDuplicates() {
		DuplicateProposal proposal = this.fixtures.duplicatePair();

		assertThatThrownBy(() -> this.duplicates.merge(account("pimpasa.wonosobo"), proposal.getId(), null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.duplicates.merge(account("staf.wonosobo"), proposal.getId(), null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.duplicates.merge(account("kepala.yogyakarta"), proposal.getId(), null, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.duplicates.merge(account("kepala.wonosobo"), proposal.getId(), 0L, null))
			.hasMessageContaining("ewsubject.merge.keep.invalid");
		assertThat(this.proposals.findById(proposal.getId()).orElseThrow().getStatus())
			.isEqualTo(DuplicateStatus.PROPOSED);
	}

	@Test
	void eachRoleSeesOnlyTheReportsInItsReach() {
		Subject three = this.fixtures.phoneInThreeVillages();
		Subject kaliputih = this.fixtures.phoneInKaliputih();

		assertThat(this.subjects.subject(account("pimpasa.wonosobo"), three.getId(), "TEST").subject().reports())
			.isEqualTo(3);
		assertThat(this.subjects.subject(account("kepala.wonosobo"), kaliputih.getId(), "TEST").subject().reports())
			.isEqualTo(1);
		assertThatThrownBy(() -> this.subjects.subject(account("pimpasa.wonosobo"), kaliputih.getId(), "TEST"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.subjects.subject(account("staf.wonosobo"), three.getId(), "TEST"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.subjects.subject(account("kepala.yogyakarta"), three.getId(), "TEST"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.subjects.subject(account("desa.pakuncen"), three.getId(), "TEST"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.subjects.subject(account("nasional"), three.getId(), "TEST"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theApiAndThePageGiveTheSameFigures() throws Exception {
		Subject phone = this.fixtures.phoneInThreeVillages();

		MockHttpServletResponse api = this.mvc
			.perform(MockMvcRequestBuilders.get("/api/v1/subjects/" + phone.getId())
				.accept(MediaType.APPLICATION_JSON)
				.with(user(account("intel.wonosobo"))))
			.andReturn()
			.getResponse();
		JsonNode json = JsonMapper.builder().build().readTree(api.getContentAsString());
		assertThat(json.path("kind").asString()).isEqualTo("PHONE");
		assertThat(json.path("key").asString()).isEqualTo(phone.getNormalisedKey());
		assertThat(json.path("reportCount").asLong()).isEqualTo(3);
		assertThat(json.path("villageCount").asLong()).isEqualTo(3);

		String page = this.mvc
			.perform(MockMvcRequestBuilders.get("/app/subjek/" + phone.getId() + "?lang=en")
				.accept(MediaType.TEXT_HTML)
				.with(user(account("intel.wonosobo"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("appears in 3 reports from 3 villages");

		long reportId = json.path("reports").get(0).path("id").asLong();
		MockHttpServletResponse subjectsOfReport = this.mvc
			.perform(MockMvcRequestBuilders.get("/api/v1/reports/" + reportId + "/subjects")
				.accept(MediaType.APPLICATION_JSON)
				.with(user(account("kepala.wonosobo"))))
			.andReturn()
			.getResponse();
		JsonNode named = JsonMapper.builder().build().readTree(subjectsOfReport.getContentAsString());
		assertThat(named.get(0).path("reports").asLong()).isEqualTo(3);
		assertThat(named.get(0).path("field").asString()).isEqualTo("phoneNumbers");
	}

	@Test
	void aMergeFormWithAReportOutsideThePairNamesTheField() throws Exception {
		DuplicateProposal proposal = this.fixtures.duplicatePair();

		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.post("/app/laporan/duplikat/" + proposal.getId() + "/gabung")
				.param("keep", "12345678")
				.param("note", "catatan yang tidak hilang")
				.accept(MediaType.TEXT_HTML)
				.with(csrf())
				.with(user(account("intel.wonosobo"))))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("class=\"field-error\"")
			.contains("catatan yang tidak hilang");
	}

	private long subjectOf(Report report) {
		return this.links.findByReportIdOrderById(report.getId()).get(0).getSubjectId();
	}

	private CurrentUser account(String username) {
		return this.fixtures.user(username);
	}

}
