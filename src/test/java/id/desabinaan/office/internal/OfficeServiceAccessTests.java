package id.desabinaan.office.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.Office.Contact;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * The service enforces role and scope itself, whatever page or program calls it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeServiceAccessTests {

	@Autowired
	OfficeService service;

	@Autowired
	OfficeDirectory directory;

	@Autowired
	RegionDirectory regions;

	OfficeFixtures fixtures;

	long kanwil;

	long kanim;

	long ukk;

	long otherKanim;

	@BeforeEach
	void offices() {
		this.fixtures = new OfficeFixtures(this.service, this.directory, this.regions);
		List<String> free = this.fixtures.freeRegencies(2);
		this.kanwil = this.fixtures.kanwil();
		this.kanim = this.fixtures.kanim(this.kanwil, List.of(free.get(0)));
		this.ukk = this.fixtures.ukk(this.kanim, free.get(0));
		this.otherKanim = this.fixtures.kanim(this.kanwil, List.of(free.get(1)));
	}

	CurrentUser office(Role role) {
		return OfficeFixtures.user(role, Scope.office(this.kanim));
	}

	OfficeCommands.Change unchanged(long id) {
		OfficeView view = this.service.publicView(id);
		return new OfficeCommands.Change(view.name() + " baru", view.parent().id(),
				new Office.Kanim(view.officeClass(), view.tpi()), view.timeZone(),
				new Contact(view.address(), view.phone(), view.email()), null, view.workingAreaCodes());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "OFFICE_HEAD", "INTEL_ANALYST", "PIMPASA", "OFFICE_STAFF" })
	void officeRolesReadTheirKanimAndItsSubOfficesOnly(Role role) {
		CurrentUser user = office(role);
		assertThat(this.service.viewFor(user, this.kanim).id()).isEqualTo(this.kanim);
		assertThat(this.service.viewFor(user, this.ukk).id()).isEqualTo(this.ukk);
		assertThat(this.service.listFor(user)).extracting(OfficeListItem::id)
			.containsExactlyInAnyOrder(this.kanim, this.ukk);
		assertThatThrownBy(() -> this.service.viewFor(user, this.otherKanim)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.viewFor(user, this.kanwil)).isInstanceOf(AccessDeniedException.class);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SYSTEM_ADMIN" }, mode = EnumSource.Mode.EXCLUDE)
	void onlyTheAdministratorCreatesChangesAndRetires(Role role) {
		CurrentUser user = switch (role.scopeLevel()) {
			case NATIONAL -> OfficeFixtures.user(role, Scope.national());
			case REGIONAL -> OfficeFixtures.user(role, Scope.regional(this.kanwil));
			case OFFICE -> office(role);
			case VILLAGE -> OfficeFixtures.user(role, Scope.village("33.07.06.2009"));
		};
		var create = new OfficeCommands.Create(OfficeFixtures.unique("KANWIL"), "Kanwil X", OfficeLevel.REGIONAL,
				this.fixtures.id("DITJEN"), Office.Kanim.NONE, "Asia/Jakarta", null, null, List.of());
		assertThatThrownBy(() -> this.service.create(user, create)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.update(user, this.kanim, unchanged(this.kanim)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.retire(user, this.otherKanim, "closed"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.parentCandidates(user)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.service.publicView(this.kanim).name()).doesNotEndWith(" baru");
	}

	@Test
	void theAdministratorChangesAnyOffice() {
		CurrentUser admin = OfficeFixtures.admin();
		this.service.update(admin, this.kanim, unchanged(this.kanim));
		assertThat(this.service.publicView(this.kanim).name()).endsWith(" baru");
		assertThat(this.service.permissionsFor(admin, this.kanim))
			.isEqualTo(new OfficeService.Permissions(true, true, true));
	}

	@Test
	void anOfficeHeadChangesTheContactOfHisOwnKanimOnly() {
		CurrentUser head = office(Role.OFFICE_HEAD);
		this.service.changeContact(head, this.kanim, new Contact("Jl. Baru 2", "(0286) 123456", "kanim@example.id"));
		assertThat(this.service.publicView(this.kanim).address()).isEqualTo("Jl. Baru 2");
		assertThat(this.service.permissionsFor(head, this.kanim))
			.isEqualTo(new OfficeService.Permissions(true, false, false));
		assertThatThrownBy(() -> this.service.changeContact(head, this.ukk, new Contact("x", null, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.changeContact(head, this.otherKanim, new Contact("x", null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "INTEL_ANALYST", "PIMPASA", "OFFICE_STAFF" })
	void otherOfficeRolesCannotChangeTheContact(Role role) {
		assertThatThrownBy(() -> this.service.changeContact(office(role), this.kanim, new Contact("x", null, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.service.permissionsFor(office(role), this.kanim))
			.isEqualTo(new OfficeService.Permissions(false, false, false));
	}

	@Test
	void aRegionalViewerReadsHisKanwilAndEverythingBelowIt() {
		CurrentUser viewer = OfficeFixtures.user(Role.REGIONAL_VIEWER, Scope.regional(this.kanwil));
		assertThat(this.service.listFor(viewer)).extracting(OfficeListItem::id)
			.containsExactlyInAnyOrder(this.kanwil, this.kanim, this.ukk, this.otherKanim);
		assertThatThrownBy(() -> this.service.viewFor(viewer, this.fixtures.id("KANIM-WONOSOBO")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aNationalViewerReadsEveryOffice() {
		CurrentUser viewer = OfficeFixtures.user(Role.NATIONAL_VIEWER, Scope.national());
		assertThat(this.service.listFor(viewer)).extracting(OfficeListItem::id)
			.contains(this.fixtures.id("DITJEN"), this.kanwil, this.kanim, this.ukk,
					this.fixtures.id("KANIM-YOGYAKARTA"));
		assertThat(this.service.viewFor(viewer, this.fixtures.id("KANIM-YOGYAKARTA")).code())
			.isEqualTo("KANIM-YOGYAKARTA");
	}

	@Test
	void aVillageOfficialHasNoOfficeAdministrationEvenForHisServingKanim() {
		CurrentUser village = OfficeFixtures.user(Role.VILLAGE_OFFICIAL, Scope.village("33.07.06.2009"));
		assertThat(this.directory.covers(village.scope(), this.fixtures.id("KANIM-WONOSOBO"))).isTrue();
		assertThatThrownBy(() -> this.service.listFor(village)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.viewFor(village, this.fixtures.id("KANIM-WONOSOBO")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anUnknownOfficeIsNotFoundBeforeScopeIsChecked() {
		assertThatThrownBy(() -> this.service.viewFor(office(Role.OFFICE_STAFF), Long.MAX_VALUE))
			.isInstanceOf(NotFoundException.class);
	}

}
