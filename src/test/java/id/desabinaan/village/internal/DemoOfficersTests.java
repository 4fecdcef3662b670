package id.desabinaan.village.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.AppointedOfficer;
import id.desabinaan.village.Mentoring;
import id.desabinaan.village.internal.LiaisonService.LiaisonView;

/**
 * The demo data gives every Wonosobo page officers, a rotation in the history and
 * liaisons.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoOfficersTests {

	@Autowired
	Mentoring mentoring;

	@Autowired
	VillageService villages;

	@Autowired
	LiaisonService liaisons;

	@Autowired
	UserDetailsService users;

	@Autowired
	DemoOfficers loader;

	CurrentUser as(String username) {
		return VillageFixtures.user(this.users, username);
	}

	long village(String code) {
		return this.villages.publicVillage(code).id();
	}

	@Test
	void pimpasaWonosoboMentorsPakuncenAndTwoMoreVillagesAndStafWonosoboOne() {
		LocalDate today = LocalDate.of(2026, 1, 15);
		assertThat(this.mentoring.villagesOf(as("pimpasa.wonosobo").accountId(), today)).containsExactlyInAnyOrder(
				village(DemoOfficers.PAKUNCEN), village(DemoOfficers.KALIGOWONG), village(DemoOfficers.KECIS));
		assertThat(this.mentoring.villagesOf(as("staf.wonosobo").accountId(), today))
			.containsExactly(village(DemoOfficers.BULU));
	}

	@Test
	void pakuncenWasMentoredByStafWonosoboUntilTheRotationOfOctober2024() {
		long pakuncen = village(DemoOfficers.PAKUNCEN);
		assertThat(this.mentoring.officersOf(pakuncen, LocalDate.of(2024, 10, 13)))
			.extracting(AppointedOfficer::displayName)
			.containsExactly("Staf Kanim Wonosobo");
		assertThat(this.mentoring.officersOf(pakuncen, LocalDate.of(2024, 10, 14))).singleElement()
			.satisfies((officer) -> {
				assertThat(officer.displayName()).isEqualTo("PIMPASA Wonosobo");
				assertThat(officer.contact()).isEqualTo(DemoOfficers.PIMPASA_DESK);
			});
	}

	@Test
	void pakuncenHasItsLiaisonsAndDesaPakuncenIsItsSecretarysAccount() {
		assertThat(this.liaisons.liaisonsOf(as("kepala.wonosobo"), village(DemoOfficers.PAKUNCEN)))
			.extracting(LiaisonView::role, LiaisonView::name, LiaisonView::username)
			.contains(tuple(LiaisonRole.VILLAGE_HEAD, "Sutrisno Hadi Wibowo", null),
					tuple(LiaisonRole.VILLAGE_SECRETARY, "Tri Wahyuningsih", "desa.pakuncen"),
					tuple(LiaisonRole.IMMIGRATION_AMBASSADOR, "Dwi Lestari Rahayu", null));
		for (DemoOfficers.Liaison demo : DemoOfficers.LIAISONS) {
			assertThat(this.liaisons.liaisonsOf(as("admin"), this.villages.publicVillage(demo.village()).id()))
				.extracting(LiaisonView::name)
				.contains(demo.name());
		}
	}

	@Test
	void runningTheLoaderAgainAddsNothing() throws Exception {
		long pakuncen = village(DemoOfficers.PAKUNCEN);
		int appointments = this.mentoring.officersOf(pakuncen, LocalDate.of(2026, 1, 15)).size();
		int liaisonCount = this.liaisons.liaisonsOf(as("admin"), pakuncen).size();
		this.loader.run(null);
		assertThat(this.mentoring.officersOf(pakuncen, LocalDate.of(2026, 1, 15))).hasSize(appointments);
		assertThat(this.liaisons.liaisonsOf(as("admin"), pakuncen)).hasSize(liaisonCount);
	}

}
