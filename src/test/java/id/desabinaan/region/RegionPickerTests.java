package id.desabinaan.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import id.desabinaan.region.RegionChoice.Status;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class RegionPickerTests {

	@Autowired
	RegionPicker picker;

	@Test
	void resolvesAUniqueName() {
		RegionChoice choice = this.picker.resolve("selomerto", RegionLevel.DISTRICT);

		assertThat(choice.status()).isEqualTo(Status.RESOLVED);
		assertThat(choice.code()).isEqualTo("33.07.06");
		assertThat(choice.input()).isEqualTo("selomerto");
	}

	@Test
	void resolvesARegencyByItsNameWithoutKabupaten() {
		assertThat(this.picker.resolve("Wonosobo", RegionLevel.REGENCY).code()).isEqualTo("33.07");
	}

	@Test
	void offersTheCandidatesWhenANameIsAmbiguous() {
		RegionChoice choice = this.picker.resolve("Pakuncen", RegionLevel.VILLAGE);

		assertThat(choice.status()).isEqualTo(Status.AMBIGUOUS);
		assertThat(choice.isResolved()).isFalse();
		assertThat(choice.code()).isNull();
		assertThat(choice.input()).isEqualTo("Pakuncen");
		assertThat(choice.options()).extracting(RegionSummary::code).hasSize(5).contains("33.07.06.2009");
		assertThat(choice.messageCode()).isEqualTo("region.picker.ambiguous");
	}

	@Test
	void prefersTheExactNameOverNamesThatContainIt() {
		// "Selomerto" is a kecamatan and a kelurahan; other villages merely contain it
		RegionChoice choice = this.picker.resolve("selomerto", null);

		assertThat(choice.status()).isEqualTo(Status.AMBIGUOUS);
		assertThat(choice.candidates()).extracting(RegionSummary::name).containsOnly("Selomerto");
	}

	@Test
	void resolvesANameNarrowedByItsDistrict() {
		assertThat(this.picker.resolve("Pakuncen, Selomerto", RegionLevel.VILLAGE).code()).isEqualTo("33.07.06.2009");
	}

	@Test
	void resolvesTheFullNameItShowsAfterAChoice() {
		RegionChoice shown = this.picker.of("33.07.06.2009");

		assertThat(shown.displayInput()).isEqualTo("Pakuncen, Selomerto, Kabupaten Wonosobo, Jawa Tengah");
		assertThat(this.picker.resolve(shown.displayInput(), RegionLevel.VILLAGE).code()).isEqualTo("33.07.06.2009");
	}

	@Test
	void resolvesACodeWithOrWithoutDots() {
		assertThat(this.picker.resolve("33.07.06.2009", RegionLevel.VILLAGE).code()).isEqualTo("33.07.06.2009");
		assertThat(this.picker.resolve(" 3307062009 ", null).code()).isEqualTo("33.07.06.2009");
		assertThat(this.picker.resolve("3307", RegionLevel.REGENCY).code()).isEqualTo("33.07");
	}

	@Test
	void explainsAMalformedUnknownOrWrongLevelCode() {
		assertThat(this.picker.resolve("33.7", null).status()).isEqualTo(Status.INVALID_CODE);
		assertThat(this.picker.resolve("99.99.99.9999", null).status()).isEqualTo(Status.NOT_FOUND);
		assertThat(this.picker.resolve("33.07", RegionLevel.VILLAGE).status()).isEqualTo(Status.WRONG_LEVEL);
		assertThat(this.picker.resolve("33.7", null).messageCode()).isEqualTo("region.picker.invalidCode");
	}

	@Test
	void saysWhenNoRegionMatches() {
		RegionChoice choice = this.picker.resolve("Qwxzzy", null);

		assertThat(choice.status()).isEqualTo(Status.NOT_FOUND);
		assertThat(choice.input()).isEqualTo("Qwxzzy");
	}

	@Test
	void treatsNothingEnteredAsEmptyOrMissingWhenRequired() {
		assertThat(this.picker.resolve(null, "  ", null).status()).isEqualTo(Status.EMPTY);
		assertThat(this.picker.resolve(null, "", null).messageCode()).isNull();
		assertThat(this.picker.resolve(null, "", null).required().status()).isEqualTo(Status.MISSING);
		assertThat(this.picker.resolve(null, "", null).required().messageCode()).isEqualTo("region.picker.missing");
	}

	@Test
	void takesTheChosenCandidateWhenItFitsTheText() {
		RegionChoice choice = this.picker.resolve("33.07.06.2009", "Pakuncen", RegionLevel.VILLAGE);

		assertThat(choice.status()).isEqualTo(Status.RESOLVED);
		assertThat(choice.code()).isEqualTo("33.07.06.2009");
		assertThat(choice.input()).isEqualTo("Pakuncen");
	}

	@Test
	void ignoresAStaleChoiceWhenTheTextWasChangedAfterwards() {
		RegionChoice choice = this.picker.resolve("33.07.06.2009", "Kalibeber", RegionLevel.VILLAGE);

		assertThat(choice.code()).isNotEqualTo("33.07.06.2009");
		assertThat(choice.options()).allMatch((region) -> region.name().equals("Kalibeber"));
	}

	@Test
	void ignoresAChosenCodeOfTheWrongLevelOrATamperedValue() {
		assertThat(this.picker.resolve("33.07", "Pakuncen", RegionLevel.VILLAGE).status()).isEqualTo(Status.AMBIGUOUS);
		assertThat(this.picker.resolve("<script>", "Pakuncen, Selomerto", RegionLevel.VILLAGE).code())
			.isEqualTo("33.07.06.2009");
	}

	@Test
	void suggestsWhileTypingWithoutDecidingAnything() {
		assertThat(this.picker.suggest("pakunc", RegionLevel.VILLAGE).options()).hasSize(5);
		assertThat(this.picker.suggest("pakunc", RegionLevel.VILLAGE).isResolved()).isFalse();
		assertThat(this.picker.suggest("p", null).options()).isEmpty();
		assertThat(this.picker.suggest("3307062009", null).options()).extracting(RegionSummary::code)
			.containsExactly("33.07.06.2009");
	}

	@Test
	void showsAStoredCodeAsTheChosenRegion() {
		RegionChoice choice = this.picker.of("33.07");

		assertThat(choice.isResolved()).isTrue();
		assertThat(choice.options()).extracting(RegionSummary::code).containsExactly("33.07");
		assertThat(this.picker.of(null).isEmpty()).isTrue();
	}

}
