package id.desabinaan.village.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.Mentoring;
import id.desabinaan.village.internal.OfficerService.AppointmentView;

/**
 * Appointments, their end and rotation keep their rules whatever page or program calls.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficerServiceTests {

	static final AppointmentDecree SK = new AppointmentDecree("SK-UJI/PIMPASA/2024", LocalDate.of(2024, 4, 1));

	@Autowired
	OfficerService officers;

	@Autowired
	VillageService villages;

	@Autowired
	Mentoring mentoring;

	@Autowired
	AccountAdministration administration;

	@Autowired
	OfficeDirectory offices;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog audit;

	OfficerFixtures fixtures() {
		return new OfficerFixtures(this.administration, this.offices, this.regions, this.villages, this.users);
	}

	long wonosobo() {
		return this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id();
	}

	@Test
	void theHeadAppointsAnOfficerOfHisKanimWithAPublicContactInPlus62FormAndTheAuditLogSaysSo() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Hendra Kurniawan");
		long id = this.officers.appoint(fixtures.user("kepala.wonosobo"), village, officer.accountId(), SK,
				LocalDate.of(2024, 4, 2), " (0286) 321-123 ");
		AppointmentView view = this.officers.appointment(fixtures.user("intel.wonosobo"), id);
		assertThat(view.contact()).isEqualTo("+62286321123");
		assertThat(view.officerName()).isEqualTo("Hendra Kurniawan");
		String code = this.villages.viewFor(fixtures.user("admin"), village).villageCode();
		assertThat(this.audit.count(OfficerService.AUDIT_APPOINTED, "village:" + code)).isEqualTo(1);
	}

	@Test
	void anOfficeStaffAccountMayBeAppointedButNotAnIntelAnalystOrAnotherKanimsOfficer() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser head = fixtures.user("kepala.wonosobo");
		CurrentUser staff = fixtures.user(fixtures.account(Role.OFFICE_STAFF, "KANIM-WONOSOBO", "Staf Uji"));
		assertThat(this.officers.appoint(head, village, staff.accountId(), SK, LocalDate.of(2024, 4, 2), null))
			.isPositive();
		CurrentUser intel = fixtures.user(fixtures.account(Role.INTEL_ANALYST, "KANIM-WONOSOBO", "Intel Uji"));
		CurrentUser other = fixtures.user(fixtures.account(Role.PIMPASA, "KANIM-YOGYAKARTA", "Pimpasa Yogya"));
		for (CurrentUser candidate : new CurrentUser[] { intel, other }) {
			assertThatThrownBy(() -> this.officers.appoint(head, village, candidate.accountId(), SK,
					LocalDate.of(2024, 4, 2), null))
				.isInstanceOf(InvalidInputException.class)
				.extracting((ex) -> ((InvalidInputException) ex).getField())
				.isEqualTo("officer");
		}
	}

	@Test
	void anOfficerIsNotAppointedTwiceToTheSameVillageForOverlappingPeriods() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Yudi Hartono");
		CurrentUser head = fixtures.user("kepala.wonosobo");
		long first = this.officers.appoint(head, village, officer.accountId(), SK, LocalDate.of(2024, 4, 2), null);
		assertThatThrownBy(
				() -> this.officers.appoint(head, village, officer.accountId(), SK, LocalDate.of(2024, 9, 1), null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("village.appointment.error.overlap");
		this.officers.end(head, first, LocalDate.of(2024, 8, 31), "Tugas belajar");
		assertThat(this.officers.appoint(head, village, officer.accountId(), SK, LocalDate.of(2024, 9, 1), null))
			.isPositive();
	}

	@Test
	void aPrivateLookingContactThatIsNeitherAPhoneNumberNorAnEmailIsRefusedOnItsField() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Rudi Santoso");
		assertThatThrownBy(() -> this.officers.appoint(fixtures.user("kepala.wonosobo"), village, officer.accountId(),
				SK, LocalDate.of(2024, 4, 2), "WA saya"))
			.isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).getField())
			.isEqualTo("contact");
	}

	@ParameterizedTest
	@ValueSource(strings = { "nasional", "kanwil.jateng", "intel.wonosobo", "pimpasa.wonosobo", "staf.wonosobo",
			"kepala.yogyakarta", "desa.pakuncen" })
	void onlyTheHeadHisDelegatesAndAdministratorsAppointEndOrRotate(String username) {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Wawan Setiadi");
		CurrentUser successor = fixtures.wonosoboOfficer("Wulan Sari");
		long appointment = this.officers.appoint(fixtures.user("admin"), village, officer.accountId(), SK,
				LocalDate.of(2024, 4, 2), null);
		CurrentUser caller = fixtures.user(username);
		assertThatThrownBy(
				() -> this.officers.appoint(caller, village, successor.accountId(), SK, LocalDate.of(2024, 4, 2), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.officers.end(caller, appointment, LocalDate.of(2024, 5, 1), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.officers.rotate(caller, wonosobo(), officer.accountId(), successor.accountId(),
				LocalDate.of(2024, 6, 1), null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.mentoring.mentors(officer.accountId(), village, LocalDate.of(2024, 6, 1))).isTrue();
	}

	@Test
	void aRotationThatBreaksARuleForOneVillageChangesNothingAtAll() {
		OfficerFixtures fixtures = fixtures();
		long first = fixtures.designatedWonosoboVillage();
		long second = fixtures.designatedWonosoboVillage();
		CurrentUser old = fixtures.wonosoboOfficer("Sigit Purnomo");
		CurrentUser successor = fixtures.wonosoboOfficer("Ratna Dewi");
		CurrentUser head = fixtures.user("kepala.wonosobo");
		this.officers.appoint(head, first, old.accountId(), SK, LocalDate.of(2024, 4, 2), null);
		this.officers.appoint(head, second, old.accountId(), SK, LocalDate.of(2024, 4, 2), null);
		// the successor already has a bounded appointment to the second village
		this.officers.appoint(head, second, successor.accountId(), SK, LocalDate.of(2024, 5, 1), null);
		long bounded = this.officers.appointmentsOf(head, second)
			.stream()
			.filter((view) -> view.accountId() == successor.accountId())
			.findFirst()
			.orElseThrow()
			.id();
		this.officers.end(head, bounded, LocalDate.of(2024, 12, 31), "Sementara");

		assertThatThrownBy(() -> this.officers.rotate(head, wonosobo(), old.accountId(), successor.accountId(),
				LocalDate.of(2024, 7, 1), null, null))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.mentoring.villagesOf(old.accountId(), LocalDate.of(2024, 8, 1)))
			.containsExactlyInAnyOrder(first, second);
		assertThat(this.mentoring.villagesOf(successor.accountId(), LocalDate.of(2025, 2, 1))).isEmpty();
	}

	@Test
	void aRotationUnderANewDecreeIsAuditedAndLinksTheSuccessorsAppointmentToItsPredecessor() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser old = fixtures.wonosoboOfficer("Taufik Hidayat");
		CurrentUser successor = fixtures.wonosoboOfficer("Umi Kalsum");
		CurrentUser head = fixtures.user("kepala.wonosobo");
		this.officers.appoint(head, village, old.accountId(), SK, LocalDate.of(2024, 4, 2), "0812-0000-9001");
		AppointmentDecree rotation = new AppointmentDecree("SK-ROTASI/2025/7", LocalDate.of(2025, 1, 2));
		this.officers.rotate(head, wonosobo(), old.accountId(), successor.accountId(), LocalDate.of(2025, 1, 6),
				rotation, "0812-0000-9002");

		assertThat(this.officers.appointmentsOf(head, village)).satisfiesExactly((newest) -> {
			assertThat(newest.officerName()).isEqualTo("Umi Kalsum");
			assertThat(newest.decreeNumber()).isEqualTo("SK-ROTASI/2025/7");
			assertThat(newest.contact()).isEqualTo("+6281200009002");
			assertThat(newest.byRotation()).isTrue();
			assertThat(newest.from()).isEqualTo(LocalDate.of(2025, 1, 6));
		}, (older) -> {
			assertThat(older.officerName()).isEqualTo("Taufik Hidayat");
			assertThat(older.until()).isEqualTo(LocalDate.of(2025, 1, 5));
			assertThat(older.endReason()).isEqualTo("rotation");
		});
		assertThat(this.audit.count(OfficerService.AUDIT_ROTATED, "officer:" + old.getUsername())).isEqualTo(1);
	}

	@Test
	void aRotationDateMustFollowTheStartOfTheHandedAppointmentsAndTheSuccessorMustDiffer() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser old = fixtures.wonosoboOfficer("Vina Maharani");
		CurrentUser successor = fixtures.wonosoboOfficer("Yoga Pratama");
		CurrentUser head = fixtures.user("kepala.wonosobo");
		this.officers.appoint(head, village, old.accountId(), SK, LocalDate.of(2024, 4, 2), null);
		assertThatThrownBy(() -> this.officers.rotate(head, wonosobo(), old.accountId(), successor.accountId(),
				LocalDate.of(2024, 4, 2), null, null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("village.rotation.error.startsOnDate");
		assertThatThrownBy(() -> this.officers.rotate(head, wonosobo(), old.accountId(), old.accountId(),
				LocalDate.of(2024, 6, 1), null, null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("village.rotation.error.same");
		assertThatThrownBy(() -> this.officers.rotate(head, wonosobo(), successor.accountId(), old.accountId(),
				LocalDate.of(2024, 6, 1), null, null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("village.rotation.error.nothing");
	}

	@Test
	void endingADesignationEndsItsOpenAppointments() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Zaenal Arifin");
		CurrentUser head = fixtures.user("kepala.wonosobo");
		this.officers.appoint(head, village, officer.accountId(), SK, LocalDate.of(2024, 4, 2), null);
		this.villages.end(head, village, "Desa digabung", LocalDate.of(2025, 3, 31));
		assertThat(this.mentoring.mentors(officer.accountId(), village, LocalDate.of(2025, 3, 31))).isTrue();
		assertThat(this.mentoring.mentors(officer.accountId(), village, LocalDate.of(2025, 4, 1))).isFalse();
		assertThat(this.officers.mayAppoint(head, village)).isFalse();
	}

	@Test
	void theOfficersPageOfAKanimListsItsOfficersWithTheirVillagesAndIsClosedToOtherKanims() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Agung Prabowo");
		this.officers.appoint(fixtures.user("kepala.wonosobo"), village, officer.accountId(), SK,
				LocalDate.of(2024, 4, 2), null);
		OfficerService.OfficeOfficers page = this.officers.officersOfOffice(fixtures.user("pimpasa.wonosobo"),
				wonosobo());
		assertThat(page.mayRotate()).isFalse();
		assertThat(page.officers()).filteredOn((row) -> row.accountId() == officer.accountId())
			.singleElement()
			.satisfies((row) -> assertThat(row.appointments()).extracting(AppointmentView::villageId)
				.containsExactly(village));
		assertThat(this.officers.officersOfOffice(fixtures.user("kepala.wonosobo"), wonosobo()).mayRotate()).isTrue();
		assertThatThrownBy(() -> this.officers.officersOfOffice(fixtures.user("kepala.yogyakarta"), wonosobo()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.officers.officesFor(fixtures.user("desa.pakuncen")))
			.isInstanceOf(AccessDeniedException.class);
	}

}
