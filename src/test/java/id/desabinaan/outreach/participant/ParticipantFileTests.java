package id.desabinaan.outreach.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.desabinaan.outreach.participant.ParticipantFile.FileCheck;

/** Reading and checking participant lists, without Spring. */
class ParticipantFileTests {

	private static final int YEAR = 2025;

	@Test
	void readsACommaSeparatedFileWithIndonesianHeaders() {
		FileCheck check = ParticipantFile.check(
				TestFiles.csv("Nama,Jenis kelamin,Umur,Kelompok sasaran,Telepon,NIK",
						"Siti Aminah,P,25,calon PMI,0812-3456-7890,3307064506000001", "Budi Santoso,L,40,PMI purna,,"),
				100, YEAR);

		assertThat(check.problems()).isEmpty();
		assertThat(check.valid()).hasSize(2);
		ParticipantRow siti = check.valid().get(0);
		assertThat(siti.row()).isEqualTo(2);
		assertThat(siti.name()).isEqualTo("Siti Aminah");
		assertThat(siti.sex()).isEqualTo(Sex.FEMALE);
		assertThat(siti.birthYear()).isEqualTo(2000);
		assertThat(siti.targetGroup()).isEqualTo(TargetGroup.PROSPECTIVE_MIGRANT);
		assertThat(siti.phone()).isEqualTo("+6281234567890");
		assertThat(siti.nik()).isEqualTo("3307064506000001");
		assertThat(check.valid().get(1).phone()).isNull();
		assertThat(check.valid().get(1).nik()).isNull();
	}

	@Test
	void readsASemicolonSeparatedFileWithByteOrderMarkAndEnglishHeadersInAnyOrder() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = TestFiles.csv("Target group;Birth year;Full name;Sex", "student;2008;\"Rina; the younger\";F",
				"general public;1975;Joko Widodo;M");
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(body, 0, content, bom.length, body.length);

		FileCheck check = ParticipantFile.check(content, 100, YEAR);

		assertThat(check.problems()).isEmpty();
		assertThat(check.valid()).extracting(ParticipantRow::name).containsExactly("Rina; the younger", "Joko Widodo");
		assertThat(check.valid()).extracting(ParticipantRow::targetGroup)
			.containsExactly(TargetGroup.STUDENT, TargetGroup.GENERAL_PUBLIC);
	}

	@Test
	void readsAnOldExcelCsvInWindows1252() {
		byte[] content = "Nama;JK;Tahun lahir;Sasaran\r\nJos\u00e9 Ramos;L;1990;umum\r\n"
			.getBytes(Charset.forName("windows-1252"));

		FileCheck check = ParticipantFile.check(content, 100, YEAR);

		assertThat(check.valid()).extracting(ParticipantRow::name).containsExactly("Jos\u00e9 Ramos");
	}

	@Test
	void readsAnXlsxWorkbookWithNumbersInCells() {
		byte[] content = TestFiles.xlsx(List.of(List.of("Nama", "L/P", "Usia", "Kelompok", "No HP"),
				Arrays.asList("Dewi Lestari", "P", 31, "perangkat desa", "081234567890"),
				Arrays.asList(null, null, null, null, null), Arrays.asList("Agus", "L", 19, "Pelajar", null)));

		FileCheck check = ParticipantFile.check(content, 100, YEAR);

		assertThat(check.problems()).isEmpty();
		assertThat(check.valid()).extracting(ParticipantRow::row).containsExactly(2, 4);
		assertThat(check.valid().get(0).birthYear()).isEqualTo(1994);
		assertThat(check.valid().get(0).targetGroup()).isEqualTo(TargetGroup.VILLAGE_OFFICIAL);
	}

	@Test
	void reportsEveryBadRowByNumberAndColumn() {
		FileCheck check = ParticipantFile.check(TestFiles.csv("Nama,Jenis kelamin,Umur,Kelompok sasaran,Telepon,NIK",
				"Siti Aminah,P,25,calon PMI,,", ",X,25,calon PMI,,", "Budi,L,abc,turis,12345,",
				"Ani,P,30,pelajar,,3307061506000001", "Rudi,L,30,pelajar,,12345"), 100, YEAR);

		assertThat(check.valid()).extracting(ParticipantRow::name).containsExactly("Siti Aminah");
		assertThat(check.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageCode)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(3, ParticipantColumn.NAME, "participant.error.required"),
					org.assertj.core.groups.Tuple.tuple(3, ParticipantColumn.SEX, "participant.error.sex.invalid"),
					org.assertj.core.groups.Tuple.tuple(4, ParticipantColumn.TARGET_GROUP,
							"participant.error.targetGroup.invalid"),
					org.assertj.core.groups.Tuple.tuple(4, ParticipantColumn.AGE, "participant.error.age.invalid"),
					org.assertj.core.groups.Tuple.tuple(4, ParticipantColumn.PHONE, "participant.error.phone.invalid"),
					org.assertj.core.groups.Tuple.tuple(5, ParticipantColumn.NIK, "participant.error.nik.sexMismatch"),
					org.assertj.core.groups.Tuple.tuple(6, ParticipantColumn.NIK, "participant.error.nik.invalid"));
		assertThat(check.badRows()).isEqualTo(4);
	}

	@Test
	void aSecondRowForTheSamePersonIsAProblemOfThatRow() {
		FileCheck check = ParticipantFile.check(TestFiles.csv("Nama,JK,Tahun lahir,Sasaran", "Siti Aminah,P,1990,umum",
				"  SITI   aminah. ,p,1990,calon PMI", "Siti Aminah,P,1991,umum"), 100, YEAR);

		assertThat(check.valid()).extracting(ParticipantRow::row).containsExactly(2, 4);
		assertThat(check.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(3);
			assertThat(problem.messageCode()).isEqualTo("participant.error.duplicateRow");
			assertThat(problem.arguments()).containsExactly(2);
		});
	}

	@Test
	void aNikStoredAsANumberInExcelIsRefusedBecauseExcelDropsItsLastDigit() {
		byte[] content = TestFiles.xlsx(List.of(List.of("Nama", "JK", "Umur", "Sasaran", "NIK"),
				List.of("Siti", "P", 25, "umum", 3307064506000001L)));

		FileCheck check = ParticipantFile.check(content, 100, YEAR);

		assertThat(check.problems()).extracting(RowProblem::messageCode)
			.containsExactly("participant.error.nik.numeric");
	}

	@Test
	void ageAndBirthYearMustAgree() {
		FileCheck check = ParticipantFile.check(
				TestFiles.csv("Nama,JK,Umur,Tahun lahir,Sasaran", "Siti,P,25,2000,umum", "Ani,P,25,1980,umum"), 100,
				YEAR);

		assertThat(check.valid()).extracting(ParticipantRow::name).containsExactly("Siti");
		assertThat(check.problems()).extracting(RowProblem::messageCode)
			.containsExactly("participant.error.age.mismatch");
	}

	@Test
	void refusesAFileWithoutARequiredColumn() {
		assertThatThrownBy(() -> ParticipantFile.check(TestFiles.csv("Nama,Umur,Sasaran", "Siti,25,umum"), 100, YEAR))
			.isInstanceOfSatisfying(ImportFileException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("participant.file.missingColumn"));
		assertThatThrownBy(() -> ParticipantFile.check(TestFiles.csv("Nama,JK,Sasaran", "Siti,P,umum"), 100, YEAR))
			.isInstanceOfSatisfying(ImportFileException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("participant.file.missingAgeColumn"));
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		assertThatThrownBy(() -> ParticipantFile
			.check(TestFiles.csv("Nama,JK,Umur,Sasaran", "A1,P,25,umum", "A2,P,25,umum", "A3,P,25,umum"), 2, YEAR))
			.isInstanceOfSatisfying(ImportFileException.class, (ex) -> {
				assertThat(ex.getMessageCode()).isEqualTo("participant.file.tooManyRows");
				assertThat(ex.getArguments()).containsExactly(2);
			});
	}

	@Test
	void aCorruptWorkbookIsAFileProblemNotACrash() {
		byte[] good = TestFiles
			.xlsx(List.of(List.of("Nama", "JK", "Umur", "Sasaran"), List.of("Siti", "P", 25, "umum")));
		byte[] truncated = Arrays.copyOf(good, good.length / 2);

		assertThatThrownBy(() -> ParticipantFile.check(truncated, 100, YEAR)).isInstanceOfSatisfying(
				ImportFileException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("participant.file.brokenXlsx"));
		assertThatThrownBy(() -> ParticipantFile.check(new byte[] { 'P', 'K', 3, 4, 0, 0, 1 }, 100, YEAR))
			.isInstanceOfSatisfying(ImportFileException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("participant.file.brokenXlsx"));
	}

	@Test
	void refusesOldExcelBinariesAndOtherFiles() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0,
				0 };
		assertThatThrownBy(() -> ParticipantFile.check(ole2, 100, YEAR)).isInstanceOfSatisfying(
				ImportFileException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("participant.file.oldExcel"));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0 };
		assertThatThrownBy(() -> ParticipantFile.check(png, 100, YEAR)).isInstanceOfSatisfying(
				ImportFileException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("participant.file.unknownFormat"));
		assertThatThrownBy(() -> ParticipantFile.check("\"Nama,JK\nSiti".getBytes(StandardCharsets.UTF_8), 100, YEAR))
			.isInstanceOf(ImportFileException.class);
	}

	@Test
	void samePersonIgnoresCaseSpacesAndPunctuationOfTheName() {
		assertThat(PersonKeys.of("  SITI   Aminah. ", 1990, Sex.FEMALE))
			.isEqualTo(PersonKeys.of("siti aminah", 1990, Sex.FEMALE))
			.isEqualTo(PersonKeys.of("S\u00eeti Aminah", 1990, Sex.FEMALE))
			.isNotEqualTo(PersonKeys.of("Siti Aminah", 1991, Sex.FEMALE))
			.isNotEqualTo(PersonKeys.of("Siti Aminah", 1990, Sex.MALE));
	}

	@Test
	void phoneNumbersAreKeptInOneForm() {
		assertThat(PhoneNumbers.normalise("0812-3456-7890")).isEqualTo("+6281234567890");
		assertThat(PhoneNumbers.normalise("+62 812 3456 7890")).isEqualTo("+6281234567890");
		assertThat(PhoneNumbers.normalise("6281234567890")).isEqualTo("+6281234567890");
		assertThat(PhoneNumbers.normalise("12345")).isNull();
	}

	@Test
	void nikStructureIsChecked() {
		assertThat(NikNumbers.isWellFormed("3307064506000001")).isTrue();
		assertThat(NikNumbers.isFemale("3307064506000001")).isTrue();
		assertThat(NikNumbers.isFemale("3307060506000001")).isFalse();
		assertThat(NikNumbers.isWellFormed("3307063506000001")).as("day 35").isFalse();
		assertThat(NikNumbers.isWellFormed("3307060513000001")).as("month 13").isFalse();
		assertThat(NikNumbers.isWellFormed("3307060506000000")).as("serial 0").isFalse();
		assertThat(NikNumbers.isWellFormed("330706050600001")).as("15 digits").isFalse();
	}

}
