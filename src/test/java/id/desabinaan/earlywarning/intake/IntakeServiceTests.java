package id.desabinaan.earlywarning.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportIntake;
import id.desabinaan.earlywarning.ReportReceipt;
import id.desabinaan.earlywarning.ReportReceived;
import id.desabinaan.earlywarning.ReportSubmission;
import id.desabinaan.earlywarning.ReportSubmission.Contact;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportEntry;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@RecordApplicationEvents
class IntakeServiceTests {

	@Autowired
	ReportIntake intake;

	@Autowired
	Reports reports;

	@Autowired
	ReportTrail trail;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private static ReportSubmission resident(String description, Map<String, IndicatorAnswer> indicators,
			Contact contact, String key) {
		return new ReportSubmission(ReportCategory.RECRUITER, ReportChannel.WEB, ReporterKind.ANONYMOUS,
				"33.07.06.2009", null, null, null, description, Map.of("phoneNumbers", "0812 0000 1111"), indicators,
				contact, "id", key, false, null, List.of(), List.of());
	}

	private Report report(ReportReceipt receipt) {
		return this.transactions.execute((status) -> {
			Report report = this.reports.findById(receipt.reportId()).orElseThrow();
			report.getIndicators().size();
			return report;
		});
	}

	@Test
	void anAnonymousReportKeepsTheDateOnlyAndNoAccountAndPublishesItsReceipt() {
		ReportReceipt receipt = this.intake
			.submit(resident("Calo menawarkan kerja " + UUID.randomUUID(), Map.of(), null, null));

		Report report = report(receipt);
		assertThat(report.getReporterKind()).isEqualTo(ReporterKind.ANONYMOUS);
		assertThat(report.getSubmittedBy()).isNull();
		assertThat(report.getStateEnteredAt()).isNull();
		assertThat(report.getChangedAt()).isNull();
		assertThat(report.getReceivedOn()).isNotNull();
		assertThat(report.hasContact()).isFalse();
		assertThat(report.getReceiptCode()).isEqualTo(receipt.receiptCode());
		List<ReportEntry> entries = this.trail.of(receipt.reportId());
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.getActor()).isEqualTo(ReportTrail.REPORTER);
			assertThat(entry.getOccurredAt()).isNull();
		});
		assertThat(this.trail.firstBroken(receipt.reportId())).isEmpty();
		assertThat(this.events.stream(ReportReceived.class)).contains(new ReportReceived(receipt.reportId()));
	}

	@Test
	void aResidentWhoLeavesContactNeedsToConsent() {
		assertThatThrownBy(() -> this.intake.submit(resident("Kontak tanpa persetujuan " + UUID.randomUUID(), Map.of(),
				new Contact("Sri", "0812 3333 4444", null, false), null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("contactConsent"));

		ReportReceipt receipt = this.intake.submit(resident("Kontak dengan persetujuan " + UUID.randomUUID(), Map.of(),
				new Contact("Sri", "0812 3333 4444", null, true), null));
		Report report = report(receipt);
		assertThat(report.getReporterKind()).isEqualTo(ReporterKind.RESIDENT);
		assertThat(report.getContactPhone()).isEqualTo("0812 3333 4444");
		assertThat(report.getStateEnteredAt()).isNull();
	}

	@Test
	void theRiskIsTheWeightOfTheSignsAnsweredYesWithTheThresholdsInForce() {
		// INDIVIDUAL_RECRUITER (4) and FEE_BEFORE_DEPARTURE (3) make 7: high; NO and
		// UNKNOWN add nothing
		ReportReceipt receipt = this.intake.submit(resident("Risiko tinggi " + UUID.randomUUID(),
				Map.of("INDIVIDUAL_RECRUITER", IndicatorAnswer.YES, "FEE_BEFORE_DEPARTURE", IndicatorAnswer.YES,
						"NON_WORK_VISA", IndicatorAnswer.NO, "UNDERAGE", IndicatorAnswer.UNKNOWN),
				null, null));
		Report report = report(receipt);
		assertThat(report.getRiskScore()).isEqualTo(7);
		assertThat(report.getRiskLevel()).isEqualTo(WarningRiskLevel.HIGH);
		assertThat(report.getIndicators()).hasSize(4);

		ReportReceipt medium = this.intake.submit(resident("Risiko sedang " + UUID.randomUUID(),
				Map.of("FEE_BEFORE_DEPARTURE", IndicatorAnswer.YES, "UNDERAGE", IndicatorAnswer.NO), null, null));
		assertThat(report(medium).getRiskScore()).isEqualTo(3);
		assertThat(report(medium).getRiskLevel()).isEqualTo(WarningRiskLevel.MEDIUM);

		ReportReceipt low = this.intake.submit(resident("Risiko rendah " + UUID.randomUUID(), Map.of(), null, null));
		assertThat(report(low).getRiskLevel()).isEqualTo(WarningRiskLevel.LOW);
	}

	@Test
	void signsOutsideTheReportChecklistAndFieldsOfOtherCategoriesAreRefusedNamingTheField() {
		assertThatThrownBy(() -> this.intake.submit(
				resident("Tanda asing " + UUID.randomUUID(), Map.of("VISA_UNCLEAR", IndicatorAnswer.YES), null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("indicators"));
		assertThatThrownBy(() -> this.intake.submit(new ReportSubmission(ReportCategory.FOREIGNER, ReportChannel.WEB,
				ReporterKind.ANONYMOUS, "33.07.06.2009", null, null, null, "Orang asing",
				Map.of("numberOfPersons", "dua"), Map.of(), null, "id", null, false, null, List.of(), List.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("details.numberOfPersons"));
		assertThatThrownBy(() -> this.intake.submit(new ReportSubmission(ReportCategory.FOREIGNER, ReportChannel.WEB,
				ReporterKind.ANONYMOUS, "33.07.06.2009", null, null, null, "Orang asing", Map.of("promises", "gaji"),
				Map.of(), null, "id", null, false, null, List.of(), List.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("details"));
		assertThatThrownBy(() -> this.intake.submit(new ReportSubmission(ReportCategory.OTHER, ReportChannel.WEB,
				ReporterKind.ANONYMOUS, "33.07.06", null, null, null, "Lainnya", Map.of(), Map.of(), null, "id", null,
				false, null, List.of(), List.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("villageCode"));
		assertThatThrownBy(() -> this.intake.submit(new ReportSubmission(ReportCategory.OTHER, ReportChannel.WEB,
				ReporterKind.ANONYMOUS, "33.07.06.2009", null, new BigDecimal("-7.36"), null, "Lainnya", Map.of(),
				Map.of(), null, "id", null, false, null, List.of(), List.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("latitude"));
	}

	@Test
	void aPinIsKeptOnlyWhenTheReporterGivesOne() {
		ReportReceipt pinned = this.intake.submit(new ReportSubmission(ReportCategory.OTHER, ReportChannel.WEB,
				ReporterKind.ANONYMOUS, "33.07.06.2009", "Dusun Krajan", new BigDecimal("-7.362300"),
				new BigDecimal("109.902200"), "Dengan titik " + UUID.randomUUID(), Map.of(), Map.of(), null, "id", null,
				false, null, List.of(), List.of()));
		assertThat(report(pinned).getLatitude()).isEqualByComparingTo("-7.3623");
		ReportReceipt unpinned = this.intake.submit(resident("Tanpa titik " + UUID.randomUUID(), Map.of(), null, null));
		assertThat(report(unpinned).getLatitude()).isNull();
	}

	@Test
	void theSameSubmissionSentTwiceMakesOneReportAndAReusedKeyForOtherContentIsRefused() {
		String key = "test-" + UUID.randomUUID();
		String description = "Dikirim dua kali " + UUID.randomUUID();
		ReportReceipt first = this.intake.submit(resident(description, Map.of(), null, key));
		ReportReceipt again = this.intake.submit(resident(description, Map.of(), null, key));

		assertThat(again).isEqualTo(first);
		assertThatThrownBy(() -> this.intake.submit(resident("Lain " + description, Map.of(), null, key)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("submissionKey"));
	}

	@Test
	void aVillageOfficialReportsIdentifiedForHisOwnVillageOnly() {
		CurrentUser official = user("desa.pakuncen");
		ReportReceipt receipt = this.intake.submit(new ReportSubmission(ReportCategory.FOREIGNER, ReportChannel.WEB,
				ReporterKind.VILLAGE_OFFICIAL, "33.07.01.2001", null, null, null, "Orang asing " + UUID.randomUUID(),
				Map.of("numberOfPersons", "2"), Map.of(), null, "id", null, true, official, List.of(), List.of()));
		Report report = report(receipt);
		assertThat(report.getVillageCode()).isEqualTo("33.07.06.2009");
		assertThat(report.getReporterKind()).isEqualTo(ReporterKind.VILLAGE_OFFICIAL);
		assertThat(report.getSubmittedBy()).isEqualTo(official.accountId());
		assertThat(report.isOnBehalf()).isFalse();
		assertThat(report.getStateEnteredAt()).isNotNull();
		assertThat(this.trail.of(receipt.reportId()).get(0).getActor()).isEqualTo("desa.pakuncen");
	}

	@Test
	void staffReportOnBehalfOfSomeoneInTheirWorkingAreaAndNotOutsideIt() {
		CurrentUser pimpasa = user("pimpasa.wonosobo");
		ReportReceipt receipt = this.intake
			.submit(new ReportSubmission(ReportCategory.DOCUMENT_FRAUD, ReportChannel.IN_PERSON, ReporterKind.STAFF,
					"33.07.06.2009", null, null, null, "Umur dipalsukan " + UUID.randomUUID(), Map.of(), Map.of(),
					new Contact("Ibu Warsini", "0857 2222 3333", null, true), "id", null, true, pimpasa, List.of(),
					List.of()));
		Report report = report(receipt);
		assertThat(report.isOnBehalf()).isTrue();
		assertThat(report.getChannel()).isEqualTo(ReportChannel.IN_PERSON);
		assertThat(report.getReporterKind()).isEqualTo(ReporterKind.STAFF);
		assertThat(report.getContactName()).isEqualTo("Ibu Warsini");

		CurrentUser yogyakarta = user("kepala.yogyakarta");
		assertThatThrownBy(() -> this.intake.submit(new ReportSubmission(ReportCategory.OTHER, ReportChannel.WEB,
				ReporterKind.STAFF, "33.07.06.2009", null, null, null, "Di luar wilayah", Map.of(), Map.of(), null,
				"id", null, false, yogyakarta, List.of(), List.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("villageCode"));
	}

	@Test
	void viewersAndAdministratorsDoNotTakeDownReports() {
		for (String username : List.of("admin", "nasional", "kanwil.jateng")) {
			assertThatThrownBy(() -> this.intake.submit(new ReportSubmission(ReportCategory.OTHER, ReportChannel.WEB,
					ReporterKind.STAFF, "33.07.06.2009", null, null, null, "Tidak boleh", Map.of(), Map.of(), null,
					"id", null, false, user(username), List.of(), List.of())))
				.as(username)
				.isInstanceOf(AccessDeniedException.class);
		}
	}

}
