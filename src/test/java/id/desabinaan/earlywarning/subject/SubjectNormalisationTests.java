package id.desabinaan.earlywarning.subject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectNormalisationTests {

	private static final double THRESHOLD = 0.95;

	@ParameterizedTest
	@ValueSource(strings = { "0812-3456-7890", "0812 3456 7890", "081234567890", "+62 812 3456 7890",
			"+62-812-3456-7890", "62 812-3456-7890", "6281234567890", "+62 (0)812-3456-7890", "+62 0812 3456 7890",
			"(0812) 3456-7890", "wa.me/6281234567890", "https://wa.me/+6281234567890", "0812.3456.7890 (WA)" })
	void phoneSpellingsOfOneNumberGiveOneE164(String written) {
		assertThat(PhoneNumbers.toE164(written)).contains("+6281234567890");
	}

	@Test
	void foreignNumbersKeepTheirCountryCode() {
		assertThat(PhoneNumbers.toE164("+60 12-345 6789")).contains("+60123456789");
		assertThat(PhoneNumbers.toE164("+852 9123 4567")).contains("+85291234567");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "123", "tidak tahu", "0000", "08", "abc-def-ghij", "99999999999999999999" })
	void garbageIsNoPhoneNumber(String written) {
		assertThat(PhoneNumbers.toE164(written)).isEmpty();
	}

	@Test
	void phoneNumbersAreFoundInADescription() {
		assertThat(PhoneNumbers.findIn("Calo menghubungi lewat 0812-3456-7890, juga +62 813 1111 2222. RT 02 RW 05"))
			.containsExactly("+6281234567890", "+6281311112222");
	}

	@Test
	void nameVariantsFoldToOneForm() {
		assertThat(PersonNames.fold("Hendrah")).isEqualTo(PersonNames.fold("Hendra"));
		assertThat(PersonNames.fold("Muhammad")).isEqualTo("muhamad");
		assertThat(PersonNames.fold("Mohamad")).isEqualTo("muhamad");
		assertThat(PersonNames.fold("Muhamad")).isEqualTo("muhamad");
		assertThat(PersonNames.fold("Mochammad")).isEqualTo("muhamad");
		assertThat(PersonNames.fold("Soerjo")).isEqualTo(PersonNames.fold("Suryo"));
		assertThat(PersonNames.fold("Djoko Tjahjono")).isEqualTo(PersonNames.fold("Joko Cahyono"));
		assertThat(PersonNames.fold("Pak H. Achmad Syaiful")).isEqualTo(PersonNames.fold("Ahmad Saiful"));
	}

	@Test
	void spellingVariantsOfANameMatch() {
		assertThat(PersonNames.same("Hendra", "Hendrah", THRESHOLD)).isTrue();
		assertThat(PersonNames.same("Muhammad", "Mohamad", THRESHOLD)).isTrue();
		assertThat(PersonNames.same("Mohamad", "Muhamad", THRESHOLD)).isTrue();
		assertThat(PersonNames.same("Muhammad Hendra", "Mohamad Hendrah", THRESHOLD)).isTrue();
		assertThat(PersonNames.same("Sugiyono", "Sugiono", THRESHOLD)).isTrue();
		assertThat(PersonNames.same("Wijaya Hendra", "Hendra Wijaya", THRESHOLD)).isTrue();
	}

	@Test
	void differentNamesDoNotMatch() {
		assertThat(PersonNames.same("Hendra", "Hendri", THRESHOLD)).isFalse();
		assertThat(PersonNames.same("Hendra Wijaya", "Hendri Wijaya", THRESHOLD)).isFalse();
		assertThat(PersonNames.same("Siti Aminah", "Siti Aisyah", THRESHOLD)).isFalse();
		assertThat(PersonNames.same("Budi", "Agus", THRESHOLD)).isFalse();
		assertThat(PersonNames.same("Hendra", "Hendra Wijaya", THRESHOLD)).isFalse();
	}

	@Test
	void blockKeyIgnoresWordOrder() {
		assertThat(PersonNames.blockKey(PersonNames.fold("Hendra Wijaya")))
			.isEqualTo(PersonNames.blockKey(PersonNames.fold("Wijaya Hendrah")))
			.isEqualTo("2:hw");
	}

	@Test
	void socialAccountLinksAndWrittenFormsGiveOneKey() {
		assertThat(SocialAccounts.normalise("https://www.instagram.com/Lowongan.HK/"))
			.contains("instagram:lowongan.hk");
		assertThat(SocialAccounts.normalise("instagram.com/lowongan.hk?igsh=abc")).contains("instagram:lowongan.hk");
		assertThat(SocialAccounts.normalise("IG: @lowongan.hk")).contains("instagram:lowongan.hk");
		assertThat(SocialAccounts.normalise("ig @lowongan.hk")).contains("instagram:lowongan.hk");
		assertThat(SocialAccounts.normalise("@lowongan.hk (Instagram)")).contains("instagram:lowongan.hk");
		assertThat(SocialAccounts.normalise("facebook.com/profile.php?id=100012345")).contains("facebook:100012345");
		assertThat(SocialAccounts.normalise("Facebook: Lowongan  Kerja HK")).contains("facebook:lowongan kerja hk");
		assertThat(SocialAccounts.normalise("https://www.tiktok.com/@kerja.taiwan")).contains("tiktok:kerja.taiwan");
		assertThat(SocialAccounts.normalise("t.me/kerjaluarnegeri")).contains("telegram:kerjaluarnegeri");
		assertThat(SocialAccounts.normalise("@kerja_hk")).contains("other:kerja_hk");
	}

	@Test
	void whatsAppLinksAndEmptyHandlesAreNoAccounts() {
		assertThat(SocialAccounts.normalise("wa.me/6281234567890")).isEmpty();
		assertThat(SocialAccounts.normalise("ig: @")).isEmpty();
		assertThat(SocialAccounts.normalise("  ")).isEmpty();
	}

	@Test
	void agencyNamesLoseLegalFormAndPunctuation() {
		assertThat(Agencies.normalise("PT. Maju Jaya Abadi")).contains("maju jaya abadi");
		assertThat(Agencies.normalise("P.T. MAJU JAYA ABADI")).contains("maju jaya abadi");
		assertThat(Agencies.normalise("Maju Jaya Abadi, PT")).contains("maju jaya abadi");
		assertThat(Agencies.normalise("pt maju-jaya abadi")).contains("maju jaya abadi");
		assertThat(Agencies.normalise("CV. Berkah Sentosa")).contains("berkah sentosa");
		assertThat(Agencies.normalise("LPK Berkah")).contains("lpk berkah");
		assertThat(Agencies.normalise("PT")).isEmpty();
	}

	@Test
	void platesAreWrittenInPrintedForm() {
		assertThat(Plates.normalise("aa1234bc")).contains("AA 1234 BC");
		assertThat(Plates.normalise("AA-1234-BC")).contains("AA 1234 BC");
		assertThat(Plates.normalise("Avanza hitam AA 1234 BC")).contains("AA 1234 BC");
		assertThat(Plates.normalise("B 1 ABC")).contains("B 1 ABC");
		assertThat(Plates.normalise("H 77")).contains("H 77");
		assertThat(Plates.normalise("mobil hitam")).isEmpty();
	}

}
