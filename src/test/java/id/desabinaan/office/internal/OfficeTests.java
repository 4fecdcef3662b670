package id.desabinaan.office.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.Office.AreaChange;
import id.desabinaan.office.internal.Office.Contact;
import id.desabinaan.office.internal.Office.Kanim;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The rules an office guards itself, without a database.
 */
class OfficeTests {

	static final String WIB = "Asia/Jakarta";

	static final Kanim KELAS_II_NON_TPI = new Kanim(OfficeClass.II, false);

	static final Predicate<String> CENTRAL_JAVA = (code) -> code.startsWith("33.");

	static final Function<String, Optional<String>> NOBODY_ELSE = (code) -> Optional.empty();

	final Office ditjen = office("DITJEN", OfficeLevel.NATIONAL, null, Kanim.NONE);

	final Office kanwil = office("KANWIL-JATENG", OfficeLevel.REGIONAL, this.ditjen, Kanim.NONE);

	final Office kanim = office("KANIM-WONOSOBO", OfficeLevel.OFFICE, this.kanwil, KELAS_II_NON_TPI);

	static Office office(String code, OfficeLevel level, Office parent, Kanim kanim) {
		return new Office(code, "Kantor " + code, level, parent, kanim, WIB, new Contact(null, null, null), null);
	}

	static Office ukk(String code, Office parent, String location) {
		return new Office(code, "Unit " + code, OfficeLevel.SUB_OFFICE, parent, Kanim.NONE, WIB,
				new Contact(null, null, null), location);
	}

	@Test
	void buildsTheFourLevelsInOrder() {
		this.kanim.replaceWorkingArea(List.of("33.08"), CENTRAL_JAVA, NOBODY_ELSE);
		Office ukk = ukk("UKK-MAGELANG", this.kanim, "33.08");
		assertThat(ukk.getParent()).isSameAs(this.kanim);
		assertThat(this.kanim.getChildren()).containsExactly(ukk);
		assertThat(this.kanwil.getChildren()).containsExactly(this.kanim);
	}

	@Test
	void refusesAKanimDirectlyUnderTheDirectorate() {
		assertThatThrownBy(() -> office("KANIM-X", OfficeLevel.OFFICE, this.ditjen, KELAS_II_NON_TPI))
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("parentId");
				assertThat(ex.getMessageCode()).isEqualTo("office.parent.wrongLevel");
			});
	}

	@Test
	void refusesAKanimUnderAnotherKanim() {
		assertThatThrownBy(() -> office("KANIM-X", OfficeLevel.OFFICE, this.kanim, KELAS_II_NON_TPI))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void refusesASubOfficeUnderAKanwil() {
		assertThatThrownBy(() -> ukk("UKK-X", this.kanwil, "33.08")).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> assertThat(ex.getField()).isEqualTo("parentId"));
	}

	@Test
	void refusesAKanwilWithoutParentAndADirectorateWithOne() {
		assertThatThrownBy(() -> office("KANWIL-X", OfficeLevel.REGIONAL, null, Kanim.NONE)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.parent.required"));
		assertThatThrownBy(() -> office("DITJEN-2", OfficeLevel.NATIONAL, this.ditjen, Kanim.NONE))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.parent.none"));
	}

	@Test
	void refusesAParentThatIsRetired() {
		Office other = office("KANWIL-OLD", OfficeLevel.REGIONAL, this.ditjen, Kanim.NONE);
		other.retire("merged");
		assertThatThrownBy(() -> office("KANIM-X", OfficeLevel.OFFICE, other, KELAS_II_NON_TPI)).isInstanceOfSatisfying(
				RuleViolationException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.parent.retired"));
	}

	@Test
	void aKanimNeedsClassAndTpiStatus() {
		assertThatThrownBy(() -> office("KANIM-X", OfficeLevel.OFFICE, this.kanwil, Kanim.NONE)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("officeClass"));
		assertThatThrownBy(() -> office("KANIM-X", OfficeLevel.OFFICE, this.kanwil, new Kanim(OfficeClass.I, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("tpi"));
	}

	@Test
	void onlyAKanimHasClassAndTpiStatus() {
		assertThatThrownBy(() -> office("KANWIL-X", OfficeLevel.REGIONAL, this.ditjen, new Kanim(OfficeClass.I, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.officeClass.onlyKanim"));
		assertThatThrownBy(() -> office("KANWIL-X", OfficeLevel.REGIONAL, this.ditjen, new Kanim(null, true)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.tpi.onlyKanim"));
	}

	@Test
	void refusesMalformedCodesAndUnknownTimeZones() {
		assertThatThrownBy(() -> office("kanim wonosobo", OfficeLevel.REGIONAL, this.ditjen, Kanim.NONE))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("code"));
		assertThatThrownBy(() -> new Office("KANWIL-X", "Kanwil", OfficeLevel.REGIONAL, this.ditjen, Kanim.NONE,
				"Europe/Amsterdam", null, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("timeZone"));
	}

	@Test
	void replacingTheWorkingAreaReportsWhatWasAddedAndRemoved() {
		this.kanim.replaceWorkingArea(List.of("33.07", "33.23"), CENTRAL_JAVA, NOBODY_ELSE);
		AreaChange change = this.kanim.replaceWorkingArea(List.of("33.07", "33.08", "33.71"), CENTRAL_JAVA,
				NOBODY_ELSE);
		assertThat(change.added()).containsExactly("33.08", "33.71");
		assertThat(change.removed()).containsExactly("33.23");
		assertThat(this.kanim.getWorkingArea()).containsExactlyInAnyOrder("33.07", "33.08", "33.71");
	}

	@Test
	void onlyAKanimHasAWorkingArea() {
		assertThatThrownBy(() -> this.kanwil.replaceWorkingArea(List.of("33.07"), CENTRAL_JAVA, NOBODY_ELSE))
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("workingArea");
				assertThat(ex.getMessageCode()).isEqualTo("office.workingArea.onlyKanim");
			});
	}

	@Test
	void aWorkingAreaHoldsOnlyExistingRegencyCodes() {
		for (String notARegency : List.of("33", "33.07.06", "33.07.06.2009", "3307", "abc")) {
			assertThatThrownBy(() -> this.kanim.replaceWorkingArea(List.of(notARegency), CENTRAL_JAVA, NOBODY_ELSE))
				.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
					assertThat(ex.getField()).isEqualTo("workingArea");
					assertThat(ex.getMessageCode()).isEqualTo("office.workingArea.invalid");
					assertThat(ex.getArguments()).containsExactly(notARegency);
				});
		}
		assertThatThrownBy(() -> this.kanim.replaceWorkingArea(List.of("33.07", "99.99"), CENTRAL_JAVA, NOBODY_ELSE))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.workingArea.unknown"));
		assertThat(this.kanim.getWorkingArea()).isEmpty();
	}

	@Test
	void aRegencyServedByAnotherOfficeIsRefusedBeforeAnythingChanges() {
		this.kanim.replaceWorkingArea(List.of("33.07"), CENTRAL_JAVA, NOBODY_ELSE);
		Function<String, Optional<String>> semarangServes74 = (code) -> code.equals("33.74")
				? Optional.of("Kantor Imigrasi Kelas I TPI Semarang") : Optional.empty();
		assertThatThrownBy(
				() -> this.kanim.replaceWorkingArea(List.of("33.23", "33.74"), CENTRAL_JAVA, semarangServes74))
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("workingArea");
				assertThat(ex.getMessageCode()).isEqualTo("office.workingArea.taken");
				assertThat(ex.getArguments()).containsExactly("33.74", "Kantor Imigrasi Kelas I TPI Semarang");
			});
		assertThat(this.kanim.getWorkingArea()).containsExactly("33.07");
	}

	@Test
	void aSubOfficeSitsInsideItsKanimsWorkingArea() {
		this.kanim.replaceWorkingArea(List.of("33.07"), CENTRAL_JAVA, NOBODY_ELSE);
		assertThatThrownBy(() -> ukk("UKK-X", this.kanim, "33.08")).isInstanceOfSatisfying(RuleViolationException.class,
				(ex) -> {
					assertThat(ex.getField()).isEqualTo("locationRegencyCode");
					assertThat(ex.getMessageCode()).isEqualTo("office.location.outsideParentArea");
				});
		assertThatThrownBy(() -> ukk("UKK-X", this.kanim, null)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.location.required"));
	}

	@Test
	void onlyASubOfficeHasALocation() {
		assertThatThrownBy(() -> new Office("KANIM-X", "Kanim X", OfficeLevel.OFFICE, this.kanwil, KELAS_II_NON_TPI,
				WIB, null, "33.07"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.location.onlyUkk"));
	}

	@Test
	void keepsTheRegencyWhereASubOfficeSits() {
		this.kanim.replaceWorkingArea(List.of("33.07", "33.08"), CENTRAL_JAVA, NOBODY_ELSE);
		ukk("UKK-MAGELANG", this.kanim, "33.08");
		assertThatThrownBy(() -> this.kanim.replaceWorkingArea(List.of("33.07"), CENTRAL_JAVA, NOBODY_ELSE))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.workingArea.hostsSubOffice"));
		assertThat(this.kanim.getWorkingArea()).containsExactlyInAnyOrder("33.07", "33.08");
	}

	@Test
	void retiresWithAReasonInsteadOfBeingDeleted() {
		Office other = office("KANIM-OLD", OfficeLevel.OFFICE, this.kanwil, KELAS_II_NON_TPI);
		other.retire("  merged into Kanim Wonosobo ");
		assertThat(other.isActive()).isFalse();
		assertThat(other.getRetiredReason()).isEqualTo("merged into Kanim Wonosobo");
		assertThatThrownBy(() -> other.retire("again")).isInstanceOfSatisfying(RuleViolationException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.retire.already"));
	}

	@Test
	void aKanimHandsOverItsWorkingAreaBeforeRetiring() {
		this.kanim.replaceWorkingArea(List.of("33.07"), CENTRAL_JAVA, NOBODY_ELSE);
		assertThatThrownBy(() -> this.kanim.retire("closed")).isInstanceOfSatisfying(RuleViolationException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.retire.hasWorkingArea"));
		assertThatThrownBy(() -> this.kanim.retire(" ")).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getField()).isEqualTo("reason"));
	}

	@Test
	void anOfficeWithActiveOfficesBelowCannotRetire() {
		assertThatThrownBy(() -> this.kanwil.retire("closed")).isInstanceOfSatisfying(RuleViolationException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("office.retire.hasActiveChildren"));
	}

	@Test
	void aRetiredKanimTakesNoWorkingArea() {
		Office other = office("KANIM-OLD", OfficeLevel.OFFICE, this.kanwil, KELAS_II_NON_TPI);
		other.retire("closed");
		assertThatThrownBy(() -> other.replaceWorkingArea(Set.of("33.07"), CENTRAL_JAVA, NOBODY_ELSE))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void movingAKanimToAnotherKanwilMovesItBetweenTheirChildren() {
		Office diy = office("KANWIL-DIY", OfficeLevel.REGIONAL, this.ditjen, Kanim.NONE);
		this.kanim.describe(this.kanim.getName(), diy, KELAS_II_NON_TPI, WIB, null);
		assertThat(this.kanim.getParent()).isSameAs(diy);
		assertThat(diy.getChildren()).containsExactly(this.kanim);
		assertThat(this.kanwil.getChildren()).isEmpty();
	}

	@Test
	void storesBlankContactDetailsAsAbsent() {
		this.kanim.changeContact(new Contact(" Jl. Raya Banyumas Km. 5,5 ", "", "  "));
		assertThat(this.kanim.contact()).isEqualTo(new Contact("Jl. Raya Banyumas Km. 5,5", null, null));
	}

}
