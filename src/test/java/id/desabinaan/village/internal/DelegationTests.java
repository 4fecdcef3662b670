package id.desabinaan.village.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

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
import id.desabinaan.village.internal.PartnerVillage.Decree;

/**
 * A head delegates the programme to his staff: while the delegation is in force the
 * delegate proposes and designates villages, appoints officers and manages liaisons; once
 * revoked he reads only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DelegationTests {

	@Autowired
	DelegationService delegations;

	@Autowired
	VillageService villages;

	@Autowired
	OfficerService officers;

	@Autowired
	LiaisonService liaisons;

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

	long wonosobo() {
		return this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id();
	}

	@Test
	void aDelegateAdministersTheProgrammeUntilTheHeadRevokesIt() {
		OfficerFixtures fixtures = fixtures();
		CurrentUser head = fixtures.user("kepala.wonosobo");
		CurrentUser delegate = fixtures.user(fixtures.account(Role.OFFICE_STAFF, "KANIM-WONOSOBO", "Staf Delegasi"));
		CurrentUser officer = fixtures.wonosoboOfficer("Petugas Delegasi");
		assertThat(this.villages.mayPropose(delegate)).isFalse();

		long delegation = this.delegations.grant(head, wonosobo(), delegate.accountId());
		assertThat(this.audit.count(DelegationService.AUDIT_GRANTED, delegate.getUsername())).isEqualTo(1);
		assertThat(this.villages.mayPropose(delegate)).isTrue();
		String code = VillageFixtures.freeWonosoboVillage(this.regions, this.villages, fixtures.user("admin"));
		long village = this.villages.propose(delegate, code, List.of(SelectionCriterion.POVERTY), null, null);
		this.villages.designate(delegate, village,
				new Decree("SK-DELEGASI/1", LocalDate.of(2025, 1, 6), "Kepala Kantor", null, null, List.of()));
		this.officers.appoint(delegate, village, officer.accountId(),
				new AppointmentDecree("SK-DELEGASI/2", LocalDate.of(2025, 1, 7)), LocalDate.of(2025, 1, 7), null);
		long liaison = this.liaisons.add(delegate, village, LiaisonRole.VILLAGE_HEAD, "Kades Delegasi", "081200009999",
				LocalDate.of(2020, 1, 1), null);
		long account = OfficerFixtures.signedIn(delegate, () -> this.liaisons.giveAccount(delegate, liaison,
				"t.kades." + village, "id", OfficerFixtures.PASSWORD));
		assertThat(this.accounts.find(account)).get().satisfies((created) -> {
			assertThat(created.role()).isEqualTo(Role.VILLAGE_OFFICIAL);
			assertThat(created.scope().villageCode()).isEqualTo(code);
		});

		this.delegations.revoke(head, delegation);
		assertThat(this.villages.mayPropose(delegate)).isFalse();
		assertThat(this.officers.mayAppoint(delegate, village)).isFalse();
		assertThatThrownBy(() -> this.villages.suspend(delegate, village, "x", LocalDate.of(2025, 2, 1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.delegations.of(head, wonosobo()).history()).filteredOn((d) -> d.id() == delegation)
			.singleElement()
			.satisfies((d) -> assertThat(d.inForce()).isFalse());
	}

	@Test
	void onlyStaffAndPimpasaOfHisOwnOfficeReceiveTheDelegationAndOnlyOnce() {
		OfficerFixtures fixtures = fixtures();
		CurrentUser head = fixtures.user("kepala.wonosobo");
		CurrentUser intel = fixtures.user(fixtures.account(Role.INTEL_ANALYST, "KANIM-WONOSOBO", "Intel Delegasi"));
		CurrentUser yogya = fixtures.user(fixtures.account(Role.OFFICE_STAFF, "KANIM-YOGYAKARTA", "Staf Yogya"));
		CurrentUser pimpasa = fixtures.wonosoboOfficer("Pimpasa Delegasi");
		for (CurrentUser wrong : List.of(intel, yogya)) {
			assertThatThrownBy(() -> this.delegations.grant(head, wonosobo(), wrong.accountId()))
				.isInstanceOf(InvalidInputException.class);
		}
		this.delegations.grant(head, wonosobo(), pimpasa.accountId());
		assertThatThrownBy(() -> this.delegations.grant(head, wonosobo(), pimpasa.accountId()))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void neitherADelegateNorAnotherHeadManagesTheDelegations() {
		OfficerFixtures fixtures = fixtures();
		CurrentUser head = fixtures.user("kepala.wonosobo");
		CurrentUser delegate = fixtures.user(fixtures.account(Role.OFFICE_STAFF, "KANIM-WONOSOBO", "Staf Delegasi 2"));
		CurrentUser other = fixtures.user(fixtures.account(Role.OFFICE_STAFF, "KANIM-WONOSOBO", "Staf Lain"));
		long delegation = this.delegations.grant(head, wonosobo(), delegate.accountId());
		assertThatThrownBy(() -> this.delegations.grant(delegate, wonosobo(), other.accountId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.delegations.grant(fixtures.user("kepala.yogyakarta"), wonosobo(), other.accountId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.delegations.revoke(fixtures.user("kepala.yogyakarta"), delegation))
			.isInstanceOf(AccessDeniedException.class);
		this.delegations.revoke(fixtures.user("admin"), delegation);
		assertThat(this.audit.count(DelegationService.AUDIT_REVOKED, delegate.getUsername())).isEqualTo(1);
	}

	@Test
	void aDelegateOfWonosoboHasNoRightsOverAnotherKanimsVillages() {
		OfficerFixtures fixtures = fixtures();
		CurrentUser delegate = fixtures.user(fixtures.account(Role.PIMPASA, "KANIM-WONOSOBO", "Pimpasa Delegasi 2"));
		this.delegations.grant(fixtures.user("kepala.wonosobo"), wonosobo(), delegate.accountId());
		long cilacap = this.villages.publicVillage("33.01.01.2001").id();
		assertThat(this.officers.mayAppoint(delegate, cilacap)).isFalse();
		assertThatThrownBy(
				() -> this.villages.propose(delegate, "33.01.01.2002", List.of(SelectionCriterion.POVERTY), null, null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("village.error.outsideArea");
	}

}
