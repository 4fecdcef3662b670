package id.desabinaan.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.internal.AppointmentDecree;
import id.desabinaan.village.internal.OfficerFixtures;
import id.desabinaan.village.internal.OfficerService;
import id.desabinaan.village.internal.VillageService;

/** Other modules learn who mentors which village on a date through {@link Mentoring}. */
@SpringBootTest
@AutoConfigureMockMvc
class MentoringTests {

	static final AppointmentDecree SK = new AppointmentDecree("SK-PIMPASA/2024/01", LocalDate.of(2024, 1, 15));

	@Autowired
	Mentoring mentoring;

	@Autowired
	OfficerService officers;

	@Autowired
	AccountAdministration administration;

	@Autowired
	OfficeDirectory offices;

	@Autowired
	RegionDirectory regions;

	@Autowired
	VillageService villages;

	@Autowired
	UserDetailsService users;

	OfficerFixtures fixtures() {
		return new OfficerFixtures(this.administration, this.offices, this.regions, this.villages, this.users);
	}

	@Test
	void anAppointmentIsInForceFromItsFirstToItsLastDayInclusive() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Bagus Prasetyo");
		CurrentUser head = fixtures.user("kepala.wonosobo");
		long appointment = this.officers.appoint(head, village, officer.accountId(), SK, LocalDate.of(2024, 2, 1),
				"0812-2700-1122");
		this.officers.end(head, appointment, LocalDate.of(2024, 12, 31), "Selesai");

		assertThat(this.mentoring.mentors(officer.accountId(), village, LocalDate.of(2024, 1, 31))).isFalse();
		assertThat(this.mentoring.mentors(officer.accountId(), village, LocalDate.of(2024, 2, 1))).isTrue();
		assertThat(this.mentoring.mentors(officer.accountId(), village, LocalDate.of(2024, 12, 31))).isTrue();
		assertThat(this.mentoring.mentors(officer.accountId(), village, LocalDate.of(2025, 1, 1))).isFalse();
		assertThat(this.mentoring.officersOf(village, LocalDate.of(2024, 6, 1)))
			.containsExactly(new AppointedOfficer(officer.accountId(), "Bagus Prasetyo", "+6281227001122",
					LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 31)));
		assertThat(this.mentoring.officersOf(village, LocalDate.of(2025, 6, 1))).isEmpty();
	}

	@Test
	void oneOfficerMentorsSeveralVillagesAndOneVillageHasSeveralOfficers() {
		OfficerFixtures fixtures = fixtures();
		long first = fixtures.designatedWonosoboVillage();
		long second = fixtures.designatedWonosoboVillage();
		CurrentUser ani = fixtures.wonosoboOfficer("Ani Rahmawati");
		CurrentUser dwi = fixtures.wonosoboOfficer("Dwi Santoso");
		CurrentUser head = fixtures.user("kepala.wonosobo");
		LocalDate start = LocalDate.of(2024, 3, 1);
		this.officers.appoint(head, first, ani.accountId(), SK, start, null);
		this.officers.appoint(head, second, ani.accountId(), SK, start, null);
		this.officers.appoint(head, first, dwi.accountId(), SK, start.plusDays(10), "pimpasa@imigrasi.go.id");

		LocalDate on = LocalDate.of(2024, 6, 1);
		assertThat(this.mentoring.villagesOf(ani.accountId(), on)).containsExactlyInAnyOrder(first, second);
		assertThat(this.mentoring.villagesOf(dwi.accountId(), on)).containsExactly(first);
		assertThat(this.mentoring.officersOf(first, on)).extracting(AppointedOfficer::displayName)
			.containsExactly("Ani Rahmawati", "Dwi Santoso");
		assertThat(this.mentoring.officersOf(first, on)).extracting(AppointedOfficer::contact)
			.containsExactly(null, "pimpasa@imigrasi.go.id");
		assertThat(this.mentoring.villagesOf(dwi.accountId(), start)).isEmpty();
	}

	@Test
	void aRotationHandsTheVillagesToTheSuccessorOnTheDateAndKeepsTheHistory() {
		OfficerFixtures fixtures = fixtures();
		long first = fixtures.designatedWonosoboVillage();
		long second = fixtures.designatedWonosoboVillage();
		CurrentUser old = fixtures.wonosoboOfficer("Eko Wibowo");
		CurrentUser successor = fixtures.wonosoboOfficer("Fitri Handayani");
		CurrentUser head = fixtures.user("kepala.wonosobo");
		this.officers.appoint(head, first, old.accountId(), SK, LocalDate.of(2024, 2, 1), null);
		this.officers.appoint(head, second, old.accountId(), SK, LocalDate.of(2024, 2, 1), null);
		long kanim = this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id();

		this.officers.rotate(head, kanim, old.accountId(), successor.accountId(), LocalDate.of(2025, 1, 6), null, null);

		assertThat(this.mentoring.villagesOf(old.accountId(), LocalDate.of(2025, 1, 5)))
			.containsExactlyInAnyOrder(first, second);
		assertThat(this.mentoring.villagesOf(old.accountId(), LocalDate.of(2025, 1, 6))).isEmpty();
		assertThat(this.mentoring.villagesOf(successor.accountId(), LocalDate.of(2025, 1, 5))).isEmpty();
		assertThat(this.mentoring.villagesOf(successor.accountId(), LocalDate.of(2025, 1, 6)))
			.containsExactlyInAnyOrder(first, second);
		assertThat(this.mentoring.officersOf(first, LocalDate.of(2025, 1, 6))).containsExactly(
				new AppointedOfficer(successor.accountId(), "Fitri Handayani", null, LocalDate.of(2025, 1, 6), null));
	}

	@Test
	void nobodyMentorsAnUnknownVillage() {
		assertThat(this.mentoring.officersOf(-1, LocalDate.of(2025, 1, 1))).isEmpty();
		assertThat(this.mentoring.villagesOf(-1, LocalDate.of(2025, 1, 1))).isEmpty();
		assertThat(this.mentoring.mentors(-1, -1, LocalDate.of(2025, 1, 1))).isFalse();
	}

}
