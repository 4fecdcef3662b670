package id.desabinaan.earlywarning.triage;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportEntry;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class TriageServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TriageService triage;

	@Autowired
	ReportTrail trail;

	@Autowired
	Reports reports;

	@Autowired
	UserDetailsService users;

	CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	List<ReportEntry> entriesOf(Report report, String kind) {
		return this.trail.of(report.getId()).stream().filter((e) -> kind.equals(e.getKind())).toList();
	}

	@Test
	void everyMoveRecordsWhoWhenAndWhyInTheTrail() {
		Report report = TriageFixtures.report(this.context, "moves");
		this.triage.move(user("intel.wonosobo"), report.getId(), ReportState.UNDER_VERIFICATION,
				"Menghubungi perangkat desa", report.getVersion());
		Report verified = this.triage.move(user("kepala.wonosobo"), report.getId(), ReportState.VERIFIED,
				"Perekrut dikenal warga", null);

		assertThat(verified.getState()).isEqualTo(ReportState.VERIFIED);
		assertThat(verified.getChangedBy()).isEqualTo("kepala.wonosobo");
		List<ReportEntry> moves = entriesOf(report, "STATE");
		assertThat(moves).extracting(ReportEntry::getActor).containsExactly("intel.wonosobo", "kepala.wonosobo");
		assertThat(moves).extracting(ReportEntry::getReason)
			.containsExactly("Menghubungi perangkat desa", "Perekrut dikenal warga");
		assertThat(moves).extracting(ReportEntry::getToState)
			.containsExactly(ReportState.UNDER_VERIFICATION, ReportState.VERIFIED);
		assertThat(moves.get(1).getFromState()).isEqualTo(ReportState.UNDER_VERIFICATION);
		assertThat(moves).allSatisfy((entry) -> assertThat(entry.getOccurredAt()).isNotNull());
		assertThat(this.trail.firstBroken(report.getId())).isEmpty();
	}

	@Test
	void aMoveTheStateModelRefusesChangesNothing() {
		Report report = TriageFixtures.report(this.context, "refused");
		CurrentUser intel = user("intel.wonosobo");

		assertThatThrownBy(() -> this.triage.move(intel, report.getId(), ReportState.VERIFIED, "langsung", null))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.triage.refer(intel, report.getId(), PartnerKind.POLICE_TPPO_UNIT, "Polres",
				"ringkasan", null))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.triage.move(intel, report.getId(), ReportState.UNDER_VERIFICATION, " ", null))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("reason");
		assertThat(this.reports.findById(report.getId()).orElseThrow().getState()).isEqualTo(ReportState.RECEIVED);
		assertThat(entriesOf(report, "STATE")).isEmpty();
	}

	@Test
	void closingNeedsAReasonAndAnOutcomeAndAClosedReportStaysClosed() {
		Report report = TriageFixtures.report(this.context, "close");
		CurrentUser head = user("kepala.wonosobo");
		assertThatThrownBy(() -> this.triage.close(head, report.getId(), null, "hasil", null))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("closingReason");
		assertThatThrownBy(() -> this.triage.close(head, report.getId(), ClosingReason.UNFOUNDED, "", null))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("outcomeNote");

		Report closed = this.triage.close(head, report.getId(), ClosingReason.UNFOUNDED,
				"Petugas sudah memeriksa; tawaran kerja itu resmi.", null);

		assertThat(closed.getState()).isEqualTo(ReportState.CLOSED);
		assertThat(closed.getOutcomeNote()).isEqualTo("Petugas sudah memeriksa; tawaran kerja itu resmi.");
		ReportEntry entry = entriesOf(report, "STATE").get(0);
		assertThat(entry.getReason()).isEqualTo("UNFOUNDED");
		assertThat(entry.getActor()).isEqualTo("kepala.wonosobo");
		for (ReportState target : TriageService.SIMPLE_MOVES) {
			assertThatThrownBy(() -> this.triage.move(head, report.getId(), target, "buka lagi", null))
				.isInstanceOf(RuleViolationException.class);
		}
		assertThatThrownBy(() -> this.triage.close(head, report.getId(), ClosingReason.OTHER, "lagi", null))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aChangeMadeAgainstAnOlderVersionIsRefusedWithAMessage() {
		Report report = TriageFixtures.report(this.context, "version");
		long seen = report.getVersion();
		this.triage.move(user("intel.wonosobo"), report.getId(), ReportState.UNDER_VERIFICATION, "mulai", seen);

		assertThatThrownBy(() -> this.triage.close(user("kepala.wonosobo"), report.getId(), ClosingReason.DUPLICATE,
				"Laporan yang sama sudah ada.", seen))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("ewtriage.conflict");
		assertThat(this.reports.findById(report.getId()).orElseThrow().getState())
			.isEqualTo(ReportState.UNDER_VERIFICATION);
	}

	@Test
	void headsAssignOfficersOfTheOfficeAndAPimpasaTakesAnUnassignedReportHimself() {
		Report report = TriageFixtures.report(this.context, "assign");
		CurrentUser pimpasa = user("pimpasa.wonosobo");
		CurrentUser staff = user("staf.wonosobo");

		// a PIMPASA may not assign someone else
		assertThatThrownBy(() -> this.triage.assign(pimpasa, report.getId(), staff.accountId(), null))
			.isInstanceOf(AccessDeniedException.class);
		Report taken = this.triage.assign(pimpasa, report.getId(), pimpasa.accountId(), null);
		assertThat(taken.getAssignedTo()).isEqualTo(pimpasa.accountId());

		CurrentUser head = user("kepala.wonosobo");
		// the head himself, and the head of another office, are not assignable
		assertThatThrownBy(() -> this.triage.assign(head, report.getId(), head.accountId(), null))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("assignee");
		assertThatThrownBy(() -> this.triage.assign(head, report.getId(), user("kepala.yogyakarta").accountId(), null))
			.isInstanceOf(InvalidInputException.class);
		// office staff take reports down but do not handle them: not assignable
		assertThatThrownBy(() -> this.triage.assign(head, report.getId(), staff.accountId(), null))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("assignee");
		CurrentUser analyst = user("intel.wonosobo");
		Report assigned = this.triage.assign(head, report.getId(), analyst.accountId(), null);
		assertThat(assigned.getAssignedTo()).isEqualTo(analyst.accountId());

		assertThat(entriesOf(report, "ASSIGNED")).extracting(ReportEntry::getActor)
			.containsExactly("pimpasa.wonosobo", "kepala.wonosobo");
		assertThat(entriesOf(report, "ASSIGNED")).extracting(ReportEntry::getDetail)
			.containsExactly("pimpasa.wonosobo", "intel.wonosobo");
		// office staff never handle reports
		assertThatThrownBy(() -> this.triage.handleable(staff, report.getId()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void outsideTheirReachReportsAreNotRevealedAndOtherRolesMayNotHandle() {
		Report report = TriageFixtures.report(this.context, "reach");
		assertThatThrownBy(() -> this.triage.move(user("kepala.yogyakarta"), report.getId(),
				ReportState.UNDER_VERIFICATION, "x", null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.triage.message(user("desa.pakuncen"), report.getId(), "halo"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.triage.message(user("nasional"), report.getId(), "halo"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.triage.message(user("staf.wonosobo"), report.getId(), "halo"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(entriesOf(report, "MESSAGE_TO_REPORTER")).isEmpty();
	}

	@Test
	void aReferralRecordsWhatWasSentThePartnersAnswerAndTheOutcome() {
		Report report = TriageFixtures.report(this.context, "referral");
		CurrentUser intel = user("intel.wonosobo");
		this.triage.move(intel, report.getId(), ReportState.UNDER_VERIFICATION, "cek", null);
		this.triage.move(intel, report.getId(), ReportState.VERIFIED, "benar", null);

		Referral police = this.triage.refer(intel, report.getId(), PartnerKind.POLICE_TPPO_UNIT,
				"Unit PPA Polres Wonosobo", "Nama dan nomor perekrut", null);
		Referral disnaker = this.triage.refer(intel, report.getId(), PartnerKind.DISNAKER_LTSA, "Disnaker Wonosobo",
				"Dugaan P3MI fiktif", null);

		assertThat(this.reports.findById(report.getId()).orElseThrow().getState()).isEqualTo(ReportState.REFERRED);
		assertThat(police.getSentBy()).isEqualTo("intel.wonosobo");
		assertThat(police.getSentAt()).isNotNull();
		// an outcome needs an accepted referral; declining needs a reason
		assertThatThrownBy(() -> this.triage.outcome(intel, report.getId(), police.getId(), "ditangkap"))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(
				() -> this.triage.answer(intel, report.getId(), disnaker.getId(), PartnerAnswer.DECLINED, ""))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("answerReason");

		this.triage.answer(intel, report.getId(), police.getId(), PartnerAnswer.ACCEPTED, null);
		this.triage.answer(intel, report.getId(), disnaker.getId(), PartnerAnswer.DECLINED, "Bukan wewenang kami");
		Referral done = this.triage.outcome(intel, report.getId(), police.getId(), "Perekrut diperiksa polisi");

		assertThat(done.getAnswer()).isEqualTo(PartnerAnswer.ACCEPTED);
		assertThat(done.getOutcome()).isEqualTo("Perekrut diperiksa polisi");
		assertThatThrownBy(
				() -> this.triage.answer(intel, report.getId(), police.getId(), PartnerAnswer.DECLINED, "lagi"))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.triage.outcome(intel, report.getId(), disnaker.getId(), "x"))
			.isInstanceOf(RuleViolationException.class);
		// a referral of another report is not found through this one
		Report other = TriageFixtures.report(this.context, "referral-other");
		assertThatThrownBy(() -> this.triage.outcome(intel, other.getId(), police.getId(), "x"))
			.isInstanceOf(NotFoundException.class);

		assertThat(entriesOf(report, "REFERRED")).hasSize(2);
		assertThat(entriesOf(report, "REFERRED").get(0).getToState()).isEqualTo(ReportState.REFERRED);
		assertThat(entriesOf(report, "REFERRAL_ANSWER")).extracting(ReportEntry::getReason)
			.containsExactly(null, "Bukan wewenang kami");
		assertThat(entriesOf(report, "REFERRAL_OUTCOME")).extracting(ReportEntry::getReason)
			.containsExactly("Perekrut diperiksa polisi");
		assertThat(this.trail.firstBroken(report.getId())).isEmpty();
	}

}
