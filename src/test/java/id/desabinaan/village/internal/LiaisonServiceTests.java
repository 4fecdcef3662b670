package id.desabinaan.village.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.account.AccountDirectory;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.internal.LiaisonService.LiaisonView;

/**
 * Village liaisons: recorded with a +62 phone and a term, ended not deleted, given
 * accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LiaisonServiceTests {

	@Autowired
	LiaisonService liaisons;

	@Autowired
	VillageService villages;

	@Autowired
	AccountAdministration administration;

	@Autowired
	AccountDirectory accounts;

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

	@Test
	void theHeadRecordsALiaisonWhosePhoneIsStoredInPlus62FormAndEndsHisTermWithoutDeletingHim() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser head = fixtures.user("kepala.wonosobo");
		long id = this.liaisons.add(head, village, LiaisonRole.IMMIGRATION_AMBASSADOR, " Sri Mulyani ",
				"0813-2700-4455", LocalDate.of(2024, 1, 1), null);
		this.liaisons.endTerm(head, id, LocalDate.of(2024, 12, 31), "Mengundurkan diri");

		LiaisonView liaison = this.liaisons.get(fixtures.user("pimpasa.wonosobo"), id);
		assertThat(liaison.name()).isEqualTo("Sri Mulyani");
		assertThat(liaison.phone()).isEqualTo("+6281327004455");
		assertThat(liaison.termUntil()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(liaison.current()).isFalse();
		assertThat(liaison.open()).isFalse();
		String code = this.villages.viewFor(head, village).villageCode();
		assertThat(this.audit.count(LiaisonService.AUDIT_ENDED, "village:" + code)).isEqualTo(1);
		assertThatThrownBy(() -> this.liaisons.endTerm(head, id, LocalDate.of(2025, 1, 1), "lagi"))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aPhoneNumberThatIsNotIndonesianIsRefusedOnItsField() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		for (String phone : new String[] { "12345", "+65 8123 4567", "0812-abc", "" }) {
			assertThatThrownBy(() -> this.liaisons.add(fixtures.user("kepala.wonosobo"), village,
					LiaisonRole.VILLAGE_HEAD, "Kades", phone, LocalDate.of(2024, 1, 1), null))
				.isInstanceOf(InvalidInputException.class)
				.extracting((ex) -> ((InvalidInputException) ex).getField())
				.isEqualTo("phone");
		}
	}

	@Test
	void theHeadGivesALiaisonAVillageOfficialAccountScopedToHisVillageOnlyOnce() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser head = fixtures.user("kepala.wonosobo");
		long id = this.liaisons.add(head, village, LiaisonRole.VILLAGE_HEAD, "Kades Baru", "081227001234",
				LocalDate.of(2024, 1, 1), null);
		String username = "t.kades.baru." + id;
		long account = OfficerFixtures.signedIn(head,
				() -> this.liaisons.giveAccount(head, id, username, "id", OfficerFixtures.PASSWORD));

		CurrentUser official = fixtures.user(username);
		assertThat(official.accountId()).isEqualTo(account);
		assertThat(official.role()).isEqualTo(Role.VILLAGE_OFFICIAL);
		assertThat(official.displayName()).isEqualTo("Kades Baru");
		assertThat(official.scope().villageCode()).isEqualTo(this.villages.viewFor(head, village).villageCode());
		assertThat(this.liaisons.get(head, id).username()).isEqualTo(username);
		assertThatThrownBy(() -> OfficerFixtures.signedIn(head,
				() -> this.liaisons.giveAccount(head, id, username + "x", "id", OfficerFixtures.PASSWORD)))
			.isInstanceOf(RuleViolationException.class);
		// a village official sees his village but not the liaisons' phone numbers
		assertThat(this.villages.viewFor(official, village).id()).isEqualTo(village);
		assertThat(this.liaisons.mayRead(official, village)).isFalse();
		assertThatThrownBy(() -> this.liaisons.liaisonsOf(official, village)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aWeakPasswordOrATakenUsernameIsRefusedAndNoAccountIsLinked() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser head = fixtures.user("kepala.wonosobo");
		long id = this.liaisons.add(head, village, LiaisonRole.VILLAGE_OFFICER, "Kaur Umum", "081227001235",
				LocalDate.of(2024, 1, 1), null);
		assertThatThrownBy(() -> OfficerFixtures.signedIn(head,
				() -> this.liaisons.giveAccount(head, id, "t.kaur." + id, "id", "pendek")))
			.isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).getField())
			.isEqualTo("initialPassword");
		assertThatThrownBy(() -> OfficerFixtures.signedIn(head,
				() -> this.liaisons.giveAccount(head, id, "desa.pakuncen", "id", OfficerFixtures.PASSWORD)))
			.isInstanceOf(RuleViolationException.class)
			.extracting((ex) -> ((RuleViolationException) ex).getField())
			.isEqualTo("username");
		assertThat(this.liaisons.get(head, id).username()).isNull();
	}

	@Test
	void staffOfOtherOfficesAndViewersCannotChangeLiaisons() {
		OfficerFixtures fixtures = fixtures();
		long village = fixtures.designatedWonosoboVillage();
		long id = this.liaisons.add(fixtures.user("admin"), village, LiaisonRole.VILLAGE_HEAD, "Kades Uji",
				"081227001236", LocalDate.of(2024, 1, 1), null);
		for (String username : new String[] { "nasional", "kanwil.jateng", "intel.wonosobo", "pimpasa.wonosobo",
				"staf.wonosobo", "kepala.yogyakarta" }) {
			CurrentUser caller = fixtures.user(username);
			assertThatThrownBy(() -> this.liaisons.add(caller, village, LiaisonRole.VILLAGE_OFFICER, "X",
					"081227001237", LocalDate.of(2024, 1, 1), null))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.liaisons.endTerm(caller, id, LocalDate.of(2024, 6, 1), "x"))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(this.liaisons.liaisonsOf(fixtures.user("kanwil.jateng"), village)).extracting(LiaisonView::id)
			.contains(id);
	}

}
