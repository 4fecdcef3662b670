package id.desabinaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	@Test
	void acceptsTwelveCharactersWithUpperLowerDigitAndSymbol() {
		assertThat(PasswordPolicy.isStrong("Abcdefgh12#x")).isTrue();
		assertThat(PasswordPolicy.isStrong("Kepala#Wonosobo2026")).isTrue();
	}

	@ParameterizedTest(name = "refuses \"{0}\"")
	@ValueSource(strings = { "Abcdefg12#x", // 11 characters
			"abcdefgh12#x", // no upper case
			"ABCDEFGH12#X", // no lower case
			"Abcdefghij#x", // no digit
			"Abcdefgh12xx", // no symbol
			"Abcdefgh12 x", // a space is not a symbol
			"" })
	void refusesPasswordsThatMissARule(String password) {
		assertThat(PasswordPolicy.isStrong(password)).isFalse();
	}

	@Test
	void refusesNullAndAbsurdlyLongPasswords() {
		assertThat(PasswordPolicy.isStrong(null)).isFalse();
		assertThat(PasswordPolicy.isStrong("Aa1#".repeat(40))).isFalse();
	}

	@Test
	void countsNonLatinLettersAndSymbols() {
		assertThat(PasswordPolicy.isStrong("\u00c9t\u00e9-\u00e9t\u00e9-2026x")).isTrue();
	}

}
