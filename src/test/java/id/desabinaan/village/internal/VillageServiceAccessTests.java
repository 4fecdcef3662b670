package id.desabinaan.village.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.internal.PartnerVillage.Decree;

/** The service enforces role and scope itself, whatever page or program calls it. */
@SpringBootTest
@AutoConfigureMockMvc
class VillageServiceAccessTests {

	@Autowired
	VillageService service;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog audit;

	CurrentUser as(String username) {
		return VillageFixtures.user(this.users, username);
	}

	long proposeFree() {
		String code = VillageFixtures.freeWonosoboVillage(this.regions, this.service, as("admin"));
		return this.service.propose(as("kepala.wonosobo"), code, List.of(SelectionCriterion.MANY_ABROAD), null, null);
	}

	static Decree decree() {
		return new Decree("SK-TEST/" + System.nanoTime(), LocalDate.of(2025, 5, 2), "Kepala Kantor", null, null,
				List.of());
	}

	@Test
	void theHeadProposesAndDesignatesAVillageOfHisWorkingAreaAndTheAuditLogSaysSo() {
		long id = proposeFree();
		this.service.designate(as("kepala.wonosobo"), id, decree());
		DesignationView view = this.service.viewFor(as("kepala.wonosobo"), id);
		assertThat(view.state()).isEqualTo(DesignationState.DESIGNATED);
		assertThat(view.officeCode()).isEqualTo("KANIM-WONOSOBO");
		assertThat(this.audit.count("VILLAGE_DESIGNATED", "village:" + view.villageCode())).isEqualTo(1);
	}

	@Test
	void aHeadCannotProposeAVillageOutsideHisWorkingArea() {
		String code = VillageFixtures.freeWonosoboVillage(this.regions, this.service, as("admin"));
		assertThatThrownBy(() -> this.service.propose(as("kepala.yogyakarta"), code,
				List.of(SelectionCriterion.MANY_ABROAD), null, null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("village.error.outsideArea");
	}

	@Test
	void aVillageHasOnlyOneOpenDesignationAtATime() {
		long id = proposeFree();
		String code = this.service.viewFor(as("admin"), id).villageCode();
		assertThatThrownBy(
				() -> this.service.propose(as("admin"), code, List.of(SelectionCriterion.POVERTY), null, null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("village.error.alreadyOpen");
		this.service.end(as("kepala.wonosobo"), id, "Usulan ditarik", LocalDate.of(2025, 1, 1));
		long again = this.service.propose(as("admin"), code, List.of(SelectionCriterion.POVERTY), null, null);
		assertThat(again).isNotEqualTo(id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "nasional", "kanwil.jateng", "intel.wonosobo", "pimpasa.wonosobo", "staf.wonosobo",
			"kepala.yogyakarta", "desa.pakuncen" })
	void otherRolesCannotChangeADesignation(String username) {
		long id = proposeFree();
		assertThatThrownBy(() -> this.service.designate(as(username), id, decree()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.end(as(username), id, "x", LocalDate.now()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "nasional", "kanwil.jateng", "kepala.wonosobo", "intel.wonosobo",
			"pimpasa.wonosobo", "staf.wonosobo" })
	void staffWithinScopeReadTheDesignation(String username) {
		long id = proposeFree();
		assertThat(this.service.viewFor(as(username), id).id()).isEqualTo(id);
		assertThat(this.service.listFor(as(username), null)).extracting(DesignationView::id).contains(id);
	}

	@Test
	void staffOfAnotherKanimAndAnotherVillagesOfficialReadNothingOfIt() {
		long id = proposeFree();
		assertThatThrownBy(() -> this.service.viewFor(as("kepala.yogyakarta"), id))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.viewFor(as("desa.pakuncen"), id))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.service.listFor(as("kepala.yogyakarta"), null)).extracting(DesignationView::id)
			.doesNotContain(id);
	}

	@Test
	void aVillageOfficialReadsOnlyHisOwnVillage() {
		List<DesignationView> seen = this.service.listFor(as("desa.pakuncen"), null);
		assertThat(seen).isNotEmpty().allSatisfy((view) -> assertThat(view.villageCode()).isEqualTo("33.07.06.2009"));
	}

	@Test
	void theDemoDataDesignatesPakuncenOnTheSeventhOfMarch2024ByKanimWonosobo() {
		DesignationView pakuncen = this.service.publicVillage("33.07.06.2009");
		assertThat(pakuncen.officeCode()).isEqualTo("KANIM-WONOSOBO");
		assertThat(pakuncen.decreeDate()).isEqualTo(LocalDate.of(2024, 3, 7));
		assertThat(pakuncen.ceremonyPlace()).isEqualTo("Hotel Front One Harvest Wonosobo");
		assertThat(pakuncen.criteria()).extracting(CriterionView::code)
			.contains(SelectionCriterion.MANY_ABROAD, SelectionCriterion.PAST_TPPO);
		assertThat(this.service.publicList("33", null, null)).hasSizeGreaterThanOrEqualTo(6);
	}

}
