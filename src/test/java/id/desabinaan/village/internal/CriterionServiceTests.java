package id.desabinaan.village.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/** Selection criteria are data: an administrator adds, renames and retires them. */
@SpringBootTest
@AutoConfigureMockMvc
class CriterionServiceTests {

	@Autowired
	CriterionService criteria;

	@Autowired
	VillageService villages;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UserDetailsService users;

	CurrentUser as(String username) {
		return VillageFixtures.user(this.users, username);
	}

	static String uniqueCode() {
		return "UJI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	@Test
	void theMigratedCriteriaKeepTheirCodesAndHaveNamesInBothLanguages() {
		assertThat(this.criteria.all()).extracting(CriterionView::code)
			.contains(SelectionCriterion.MANY_ABROAD, SelectionCriterion.BORDER_TRANSIT, SelectionCriterion.POVERTY,
					SelectionCriterion.FOREIGNERS_PRESENT, SelectionCriterion.PAST_TPPO, SelectionCriterion.OTHER);
		CriterionView other = this.criteria.get(as("admin"), SelectionCriterion.OTHER);
		assertThat(other.needsText()).isTrue();
		assertThat(other.name(Locale.ENGLISH)).isEqualTo("Other");
		assertThat(other.name(Locale.of("id"))).isEqualTo("Lainnya");
	}

	@Test
	void aNewCriterionCanBeChosenAndARetiredOneStaysOnOldDesignationsButCannotBeChosenAgain() {
		CurrentUser admin = as("admin");
		String code = this.criteria.add(admin, uniqueCode(), "Jalur migrasi lama", "Old migration route", 7);
		String village = VillageFixtures.freeWonosoboVillage(this.regions, this.villages, admin);
		long id = this.villages.propose(as("kepala.wonosobo"), village, List.of(code), null, null);

		this.criteria.rename(admin, code, "Jalur migrasi nonprosedural", "Non-procedural migration route", 8);
		this.criteria.setActive(admin, code, false);

		assertThat(this.villages.viewFor(admin, id).criteria()).singleElement().satisfies((criterion) -> {
			assertThat(criterion.code()).isEqualTo(code);
			assertThat(criterion.nameId()).isEqualTo("Jalur migrasi nonprosedural");
			assertThat(criterion.active()).isFalse();
		});
		assertThat(this.criteria.active()).extracting(CriterionView::code).doesNotContain(code);
		String another = VillageFixtures.freeWonosoboVillage(this.regions, this.villages, admin);
		assertThatThrownBy(() -> this.villages.propose(as("kepala.wonosobo"), another, List.of(code), null, null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("village.error.criteria.unknown");
		this.criteria.setActive(admin, code, true);
		assertThat(this.criteria.active()).extracting(CriterionView::code).contains(code);
	}

	@Test
	void codesAreCheckedAndUniqueAndOtherCannotBeRetired() {
		CurrentUser admin = as("admin");
		assertThatThrownBy(() -> this.criteria.add(admin, "x", "a", "b", 1)).isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).getField())
			.isEqualTo("code");
		assertThatThrownBy(() -> this.criteria.add(admin, SelectionCriterion.POVERTY, "a", "b", 1))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.criteria.add(admin, uniqueCode(), " ", "b", 1))
			.isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).getField())
			.isEqualTo("nameId");
		assertThatThrownBy(() -> this.criteria.setActive(admin, SelectionCriterion.OTHER, false))
			.isInstanceOf(RuleViolationException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "nasional", "kanwil.jateng", "kepala.wonosobo", "pimpasa.wonosobo", "desa.pakuncen" })
	void onlyAnAdministratorEditsCriteria(String username) {
		assertThatThrownBy(() -> this.criteria.add(as(username), uniqueCode(), "a", "b", 1))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.criteria.setActive(as(username), SelectionCriterion.POVERTY, false))
			.isInstanceOf(AccessDeniedException.class);
	}

}
