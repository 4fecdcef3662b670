package id.desabinaan.village.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.desabinaan.shared.InvalidInputException;

class IndonesianPhoneTests {

	@ParameterizedTest
	@CsvSource({ "0812-3456-7890,+6281234567890", "+62 812 3456 7890,+6281234567890", "6281234567890,+6281234567890",
			"(0286) 321123,+62286321123", "021 5790 1234,+622157901234", "0811.2950.300,+628112950300" })
	void normalisesWhatPeopleTypeToPlus62(String typed, String stored) {
		assertThat(IndonesianPhone.normalise(typed)).contains(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "812345", "+65 8123 4567", "0812", "08123456789012345", "0012345678", "nomor saya",
			"0812-3456-789a" })
	void refusesWhatIsNotAnIndonesianNumber(String typed) {
		assertThat(IndonesianPhone.normalise(typed)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "pimpasa@imigrasi.go.id", "0812-3456-7890" })
	void aPublicContactIsAPhoneNumberOrAnEmailAddress(String typed) {
		assertThat(IndonesianPhone.publicContact("contact", typed)).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "hubungi saya", "a@b", "0812" })
	void anythingElseIsRefusedAsAPublicContact(String typed) {
		assertThatThrownBy(() -> IndonesianPhone.publicContact("contact", typed))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("village.error.contact");
	}

}
