package id.desabinaan.earlywarning.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.desabinaan.shared.RandomCodes;

class ReceiptCodesTests {

	@Test
	void aReceiptCodeHasAtLeastSixteenCharactersWithoutLookAlikes() {
		for (int i = 0; i < 1000; i++) {
			String code = ReceiptCodes.next();
			assertThat(code).hasSizeGreaterThanOrEqualTo(16).hasSize(ReceiptCodes.LENGTH);
			assertThat(code).doesNotContainAnyWhitespaces().matches("[" + RandomCodes.ALPHABET + "]+");
			assertThat(code).doesNotContain("0", "O", "1", "I", "L");
		}
	}

	@Test
	void receiptCodesDoNotRepeat() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			codes.add(ReceiptCodes.next());
		}
		assertThat(codes).hasSize(20_000);
	}

	@Test
	void aCodeIsReadBackInAnyCaseWithOrWithoutGroupsAndMalformedCodesAreNone() {
		String code = ReceiptCodes.next();
		String grouped = ReceiptCodes.grouped(code);

		assertThat(grouped).hasSize(24).matches("([A-Z0-9]{4}-){4}[A-Z0-9]{4}");
		assertThat(ReceiptCodes.normalize(grouped)).isEqualTo(code);
		assertThat(ReceiptCodes.normalize(" " + grouped.toLowerCase().replace('-', ' ') + " ")).isEqualTo(code);
		assertThat(ReceiptCodes.normalize("ABCD")).isNull();
		assertThat(ReceiptCodes.normalize("0OIL" + code.substring(4))).isNull();
		assertThat(ReceiptCodes.normalize(null)).isNull();
	}

}
