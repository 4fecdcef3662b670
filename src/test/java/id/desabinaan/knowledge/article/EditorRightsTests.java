package id.desabinaan.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;

import id.desabinaan.knowledge.article.EditorRights.GrantView;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;

/** Who gives the editor permission to whom, and what it covers. */
@SpringBootTest
@AutoConfigureMockMvc
class EditorRightsTests {

	@Autowired
	EditorRights rights;

	@Autowired
	ArticleFixtures fixtures;

	@Autowired
	AuditLog audit;

	@Test
	void anOfficeHeadGrantsAndRevokesTheLocalPermissionOfHisStaff() {
		CurrentUser head = this.fixtures.user("kepala.wonosobo");
		CurrentUser staff = this.fixtures.staff("KANIM-WONOSOBO");
		assertThat(this.rights.rightsOf(staff).isEditor()).isFalse();

		this.rights.grant(head, staff.getUsername(), false);
		EditorRights.Rights granted = this.rights.rightsOf(staff);
		assertThat(granted.mayEdit(this.fixtures.officeId("KANIM-WONOSOBO"))).isTrue();
		assertThat(granted.mayEdit(null)).as("national articles need a national permission").isFalse();
		assertThat(this.audit.count(EditorRights.AUDIT_GRANTED, staff.getUsername())).isEqualTo(1);
		assertThatThrownBy(() -> this.rights.grant(head, staff.getUsername(), false))
			.isInstanceOf(RuleViolationException.class);

		GrantView grant = this.rights.grants(head)
			.stream()
			.filter((candidate) -> candidate.username().equals(staff.getUsername()))
			.findFirst()
			.orElseThrow();
		this.rights.revoke(head, grant.id());
		assertThat(this.rights.rightsOf(staff).isEditor()).isFalse();
		assertThat(this.rights.grants(head)).noneMatch((candidate) -> candidate.id() == grant.id());
	}

	@Test
	void anOfficeHeadCannotGrantOtherOfficesStaffOrNationalEditing() {
		CurrentUser head = this.fixtures.user("kepala.yogyakarta");
		CurrentUser wonosoboStaff = this.fixtures.staff("KANIM-WONOSOBO");
		assertThatThrownBy(() -> this.rights.grant(head, wonosoboStaff.getUsername(), false))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("article.editor.error.unknown");
		CurrentUser ownStaff = this.fixtures.staff("KANIM-YOGYAKARTA");
		assertThatThrownBy(() -> this.rights.grant(head, ownStaff.getUsername(), true))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.rights.grant(head, "pimpasa.wonosobo", false))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void onlyOfficeStaffBecomeEditors() {
		assertThatThrownBy(() -> this.rights.grant(this.fixtures.user("admin"), "kepala.wonosobo", false))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("article.editor.error.notStaff");
		assertThatThrownBy(() -> this.rights.grant(this.fixtures.user("admin"), "tidak.ada.pengguna", false))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("article.editor.error.unknown");
	}

	@Test
	void anAdministratorGrantsNationalEditing() {
		CurrentUser staff = this.fixtures.staff("KANIM-YOGYAKARTA");
		this.rights.grant(this.fixtures.user("admin"), staff.getUsername(), true);
		assertThat(this.rights.rightsOf(staff).mayEdit(null)).isTrue();
		assertThat(this.rights.rightsOf(staff).mayEdit(this.fixtures.officeId("KANIM-YOGYAKARTA"))).isTrue();
		assertThat(this.rights.rightsOf(staff).mayEdit(this.fixtures.officeId("KANIM-WONOSOBO"))).isFalse();
	}

	@Test
	void othersNeitherGrantNorSeeGrants() {
		for (String username : new String[] { "nasional", "kanwil.jateng", "staf.wonosobo", "pimpasa.wonosobo",
				"desa.pakuncen" }) {
			CurrentUser user = this.fixtures.user(username);
			assertThatThrownBy(() -> this.rights.grants(user)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.rights.grant(user, "staf.wonosobo", false))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void aHeadCannotRevokeAnotherOfficesGrant() {
		CurrentUser staff = this.fixtures.editor("KANIM-WONOSOBO", false);
		long grant = this.rights.grants(this.fixtures.user("kepala.wonosobo"))
			.stream()
			.filter((candidate) -> candidate.username().equals(staff.getUsername()))
			.findFirst()
			.orElseThrow()
			.id();
		assertThatThrownBy(() -> this.rights.revoke(this.fixtures.user("kepala.yogyakarta"), grant))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.rights.rightsOf(staff).isEditor()).isTrue();
	}

}
