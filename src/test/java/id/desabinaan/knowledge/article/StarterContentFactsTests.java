package id.desabinaan.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The shipped starter content says what the programme's domain notes say (see
 * docs/content-review.md), in both languages, read straight from the files a release
 * ships: no server needed. Each test names the fact it guards.
 */
class StarterContentFactsTests {

	private static final Path DATA = Paths.get("src/main/resources/data/knowledge");

	@Test
	void thePassportFeesAreThoseOfPp45Of2024() throws IOException {
		List<CSVRecord> rows = csv("fees.csv");
		assertThat(rows).extracting((row) -> row.get("component") + "=" + row.get("amount"))
			.containsExactlyInAnyOrder("BOOK_NON_ELECTRONIC_5Y=350000", "BOOK_NON_ELECTRONIC_10Y=650000",
					"BOOK_ELECTRONIC_5Y=650000", "BOOK_ELECTRONIC_10Y=950000", "SAME_DAY_SERVICE=1000000",
					"LOST_REPLACEMENT=1000000", "DAMAGED_REPLACEMENT=500000", "PROCEDURAL_MIGRANT_WORKER_FIRST=0");
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("source")).startsWith("PP 45/2024");
			assertThat(row.get("valid_from")).startsWith("2024-12");
		});
	}

	@Test
	void japanNeedsARegisteredEPassportAndKoreaIsVisaFreeOnlyOnJeju() throws IOException {
		List<CSVRecord> rows = csv("visa-facilitation.csv");
		CSVRecord japan = rows.stream().filter((row) -> row.get("country_code").equals("JP")).findFirst().orElseThrow();
		assertThat(japan.get("arrangement")).isEqualTo("VISA_WAIVER_REGISTRATION");
		assertThat(japan.get("electronic_passport_only")).isEqualTo("true");
		assertThat(japan.get("max_stay_days")).isEqualTo("15");
		CSVRecord korea = rows.stream().filter((row) -> row.get("country_code").equals("KR")).findFirst().orElseThrow();
		assertThat(korea.get("arrangement")).isEqualTo("VISA_FREE_REGION_ONLY");
		assertThat(korea.get("note_id")).contains("tidak bebas visa", "Jeju");
		assertThat(korea.get("note_en")).contains("not visa-free", "Jeju");
		assertThat(article("e-paspor.id.md")).contains("Korea Selatan tidak bebas visa", "paling lama 15 hari",
				"mendaftarkan");
		assertThat(article("e-paspor.en.md")).contains("South Korea is not visa-free", "up to 15 days", "register");
	}

	@Test
	void mPasporGivesTwoHoursToPayAndFivePeopleAnAccount() throws IOException {
		assertThat(article("m-paspor.id.md")).contains("2 jam", "sampai 5 orang");
		assertThat(article("m-paspor.en.md")).contains("2 hours", "up to 5 people");
	}

	@Test
	void theMobileServiceIsForGroupsOfNewAndReplacementApplicationsWithTheLettersFields() throws IOException {
		assertThat(article("layanan-paspor-keliling.id.md")).contains("30 sampai 50 orang",
				"paspor baru (pertama) dan penggantian", "nama, tanggal lahir, NIK, dan jenis permohonan",
				"tempat pelaksanaan", "narahubung");
		assertThat(article("layanan-paspor-keliling.en.md")).contains("30 to 50 people",
				"new (first) passports and replacements", "name, date of birth, NIK", "venue", "contact person");
		assertThat(article("paspor-hilang-rusak.id.md")).contains("tidak dapat dilayani", "Eazy Passport");
	}

	@Test
	void lostPassportsGoToAnyOfficeWithAPoliceReportAndAnExamination() throws IOException {
		assertThat(article("paspor-hilang-rusak.id.md")).contains("Laporkan ke polisi", "kantor imigrasi mana pun",
				"pemeriksaan");
		assertThat(article("paspor-hilang-rusak.en.md")).contains("Report it to the police", "any immigration office",
				"examination");
	}

	@Test
	void childrenUnderSeventeenComeWithBothParents() throws IOException {
		assertThat(article("paspor-anak.id.md")).contains("di bawah 17 tahun dan belum menikah",
				"Kedua orang tua hadir");
		assertThat(article("paspor-anak.en.md")).contains("under 17 and not married", "Both parents come");
	}

	@Test
	void theProceduralRouteNamesTheDocumentsOfUu18Of2017() throws IOException {
		assertThat(article("jalur-resmi-pekerja-migran.id.md")).contains("minimal 18 tahun", "status perkawinan",
				"diketahui kepala desa", "Sertifikat kompetensi", "psikologi", "Visa kerja", "Perjanjian penempatan",
				"Perjanjian kerja", "SIAPkerja", "SISKOP2MI", "LTSA");
	}

	@Test
	void theDutyToReportForeignersCitesArticle72AndApoaWithin24Hours() throws IOException {
		assertThat(article("wajib-lapor-orang-asing.id.md")).contains("Pasal 72", "1x24 jam", "APOA");
		assertThat(article("wajib-lapor-orang-asing.en.md")).contains("Article 72", "1x24 hours", "APOA");
	}

	@Test
	void theHelpArticleTakesItsNumbersFromTheEditableContactList() throws IOException {
		assertThat(article("tempat-minta-bantuan.id.md")).contains("{{kontak-bantuan}}").doesNotContain("0800");
		assertThat(article("tempat-minta-bantuan.en.md")).contains("{{kontak-bantuan}}").doesNotContain("0800");
		assertThat(Files.readString(DATA.resolve("help-contacts.yml"))).contains("last-checked:");
	}

	@Test
	void thePlacementBansAreDomesticWorkForIndividualEmployersUnderKepmenaker260Of2015() throws IOException {
		assertThat(csv("placement-bans.csv")).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.get("job_code")).isEqualTo("DOMESTIC_WORK_INDIVIDUAL");
			assertThat(row.get("source")).startsWith("Kepmenaker 260/2015");
		});
	}

	private static String article(String file) throws IOException {
		return Files.readString(DATA.resolve("articles").resolve(file), StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> csv(String file) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(DATA.resolve(file), StandardCharsets.UTF_8))
			.getRecords();
	}

}
