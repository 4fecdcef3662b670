package id.desabinaan.knowledge.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.KnowledgeFixtures;
import id.desabinaan.knowledge.PassportFee;
import id.desabinaan.knowledge.PlacementBan;
import id.desabinaan.knowledge.RegulatedDataChanged;
import id.desabinaan.knowledge.RegulatedDataKind;
import id.desabinaan.knowledge.RequiredDocument;
import id.desabinaan.knowledge.RequirementKind;
import id.desabinaan.knowledge.VisaArrangement;
import id.desabinaan.knowledge.VisaFacilitation;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * Regulated data on the real database: the bundled files, dated versions added by an
 * editor, withdrawal and end, who may change what, and the audit trail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@RecordApplicationEvents
class RegulatedDataTests {

	@Autowired
	RegulatedData<FeeVersion> fees;

	@Autowired
	RegulatedData<RequirementVersion> requirements;

	@Autowired
	RegulatedReads reads;

	@Autowired
	RegulatedDataImporter importer;

	@Autowired
	AuditLog audit;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	CurrentUser as(String username) {
		return KnowledgeFixtures.user(this.users, username);
	}

	@Test
	void theBundledFilesAreInTheDatabaseAndAnotherStartAddsNothing() {
		List<Long> before = counts();

		this.importer.run(null);

		assertThat(counts()).isEqualTo(before);
		List<PassportFee> fees = this.reads.feesOn(LocalDate.of(2025, 1, 1));
		assertThat(fees).extracting(PassportFee::component, PassportFee::amount)
			.contains(org.assertj.core.groups.Tuple.tuple(FeeComponent.BOOK_NON_ELECTRONIC_5Y, 350_000L),
					org.assertj.core.groups.Tuple.tuple(FeeComponent.BOOK_ELECTRONIC_10Y, 950_000L),
					org.assertj.core.groups.Tuple.tuple(FeeComponent.SAME_DAY_SERVICE, 1_000_000L),
					org.assertj.core.groups.Tuple.tuple(FeeComponent.LOST_REPLACEMENT, 1_000_000L),
					org.assertj.core.groups.Tuple.tuple(FeeComponent.DAMAGED_REPLACEMENT, 500_000L));
		assertThat(this.reads.feesOn(LocalDate.of(2024, 12, 16))).as("PP 45/2024 applies from 17 December 2024")
			.isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from passport_fee where created_by = 'system' and valid_from = date '2024-12-17'",
				Long.class))
			.isEqualTo(8);
	}

	@Test
	void anEditorsFutureFeeAppliesFromItsDayAndNotBefore() {
		LocalDate day = KnowledgeFixtures.farFutureDay();
		long before = this.reads.feeOn(FeeComponent.BOOK_ELECTRONIC_5Y, day.minusDays(1)).orElseThrow().amount();

		FeeVersion added = this.fees.add(as("admin"),
				new FeeVersion(FeeComponent.BOOK_ELECTRONIC_5Y, 777_000, day, null, "PP uji " + day));

		assertThat(this.reads.feeOn(FeeComponent.BOOK_ELECTRONIC_5Y, day.minusDays(1)).orElseThrow().amount())
			.isEqualTo(before);
		assertThat(this.reads.feeOn(FeeComponent.BOOK_ELECTRONIC_5Y, day).orElseThrow().amount()).isEqualTo(777_000);
		assertThat(this.reads.feeOn(FeeComponent.BOOK_ELECTRONIC_5Y, this.reads.today()).orElseThrow().amount())
			.as("today is untouched")
			.isEqualTo(650_000);
		assertThat(this.reads.announcedAfter(this.reads.today())).extracting(PassportFee::validFrom).contains(day);
		assertThat(this.audit.count(RegulatedData.AUDIT_ADDED, "FEE:BOOK_ELECTRONIC_5Y@" + day)).isEqualTo(1);
		assertThat(this.events.stream(RegulatedDataChanged.class))
			.contains(new RegulatedDataChanged(RegulatedDataKind.FEE, "BOOK_ELECTRONIC_5Y", day));

		this.fees.withdraw(as("admin"), added.getId());
		assertThat(this.reads.feeOn(FeeComponent.BOOK_ELECTRONIC_5Y, day).orElseThrow().amount())
			.as("withdrawn: the previous version applies again")
			.isEqualTo(before);
		assertThat(this.audit.count(RegulatedData.AUDIT_WITHDRAWN, "FEE:BOOK_ELECTRONIC_5Y@" + day)).isEqualTo(1);
	}

	@Test
	void aVersionCannotStartBeforeTodayNorTwiceOnTheSameDay() {
		LocalDate today = this.reads.today();
		assertThatThrownBy(() -> this.fees.add(as("admin"),
				new FeeVersion(FeeComponent.SAME_DAY_SERVICE, 1, today.minusDays(1), null, "PP uji")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("validFrom"));

		LocalDate day = KnowledgeFixtures.farFutureDay();
		this.fees.add(as("admin"), new FeeVersion(FeeComponent.SAME_DAY_SERVICE, 1_100_000, day, null, "PP uji"));
		assertThatThrownBy(() -> this.fees.add(as("admin"),
				new FeeVersion(FeeComponent.SAME_DAY_SERVICE, 1_200_000, day, null, "PP uji")))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("validFrom"));
	}

	@Test
	void onlyNationalStaffWhoMayChangeThingsEditAndVillageOfficialsDoNotReadTheHistory() {
		FeeVersion candidate = new FeeVersion(FeeComponent.SAME_DAY_SERVICE, 1, KnowledgeFixtures.farFutureDay(), null,
				"PP uji");
		for (String username : List.of("nasional", "kanwil.jateng", "kepala.wonosobo", "staf.wonosobo",
				"desa.pakuncen")) {
			assertThatThrownBy(() -> this.fees.add(as(username), candidate)).as(username)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(RegulationEditors.mayEdit(as("admin"))).isTrue();
		assertThat(this.fees.itemsFor(as("kepala.yogyakarta"))).isNotEmpty();
		assertThatThrownBy(() -> this.fees.itemsFor(as("desa.pakuncen"))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anEndedRequirementIsGoneTheDayAfterItsLastDay() {
		LocalDate day = KnowledgeFixtures.farFutureDay();
		String code = KnowledgeFixtures.uniqueCode();
		RequirementVersion added = this.requirements.add(as("admin"),
				new RequirementVersion(RequirementApplication.FIRST, RequirementApplicant.ANY, code,
						RequirementKind.DOCUMENT, 95, "Dokumen uji", "Test document", day, null, "Uji"));

		this.requirements.end(as("admin"), added.getId(), day.plusDays(10));

		assertThat(codesOn(day.plusDays(10))).contains(code);
		assertThat(codesOn(day.plusDays(11))).doesNotContain(code);
		assertThat(codesOn(this.reads.today())).doesNotContain(code);
		assertThat(this.audit.count(RegulatedData.AUDIT_ENDED, "REQUIREMENT:FIRST/ANY/" + code + "@" + day))
			.isEqualTo(1);
	}

	@Test
	void thePlacementBansAndTheVisaListAnswerByCountry() {
		LocalDate today = this.reads.today();
		assertThat(this.reads.bansOn(today)).extracting(PlacementBan::countryCode)
			.contains("SA", "AE", "JO", "QA", "KW");
		assertThat(this.reads.forCountry(" sa ", today)).singleElement()
			.satisfies((ban) -> assertThat(ban.jobCode()).isEqualTo("DOMESTIC_WORK_INDIVIDUAL"));
		assertThat(this.reads.forCountry("JP", today)).isEmpty();
		assertThat(this.reads.bansOn(LocalDate.of(2015, 6, 30))).as("Kepmenaker 260/2015 from 1 July 2015").isEmpty();

		List<VisaFacilitation> visas = this.reads.facilitationsOn(today);
		assertThat(visas).filteredOn((visa) -> visa.countryCode().equals("JP")).singleElement().satisfies((japan) -> {
			assertThat(japan.arrangement()).isEqualTo(VisaArrangement.VISA_WAIVER_REGISTRATION);
			assertThat(japan.electronicPassportOnly()).isTrue();
			assertThat(japan.maxStayDays()).isEqualTo(15);
		});
		assertThat(visas).filteredOn((visa) -> visa.countryCode().equals("KR")).singleElement().satisfies((korea) -> {
			assertThat(korea.arrangement()).as("Korea is not visa-free, only Jeju")
				.isEqualTo(VisaArrangement.VISA_FREE_REGION_ONLY);
			assertThat(korea.noteId()).contains("tidak bebas visa", "Jeju");
		});
	}

	private List<String> codesOn(LocalDate day) {
		return this.reads.requirementsOn(day)
			.stream()
			.map(RequirementEntry::document)
			.map(RequiredDocument::code)
			.toList();
	}

	private List<Long> counts() {
		return List.of("passport_fee", "passport_requirement", "visa_facilitation", "placement_ban")
			.stream()
			.map((table) -> this.jdbc.queryForObject("select count(*) from " + table, Long.class))
			.toList();
	}

}
