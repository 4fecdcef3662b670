package id.desabinaan.outreach.participant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import id.desabinaan.outreach.participant.SpreadsheetReader.Table;
import id.desabinaan.outreach.participant.SpreadsheetReader.TableRow;

/**
 * Checks a participant list row by row: every problem is reported with its row number and
 * column, so that the user can fix the file; rows without problems are ready to import.
 * Two rows naming the same person (same NIK, or same name, birth year and sex when a NIK
 * is missing) are a problem of the later row.
 */
final class ParticipantFile {

	static final int MIN_AGE = 5;

	static final int MAX_AGE = 110;

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private ParticipantFile() {
	}

	/**
	 * Reads and checks a file.
	 * @param content the uploaded bytes
	 * @param maxRows the most data rows accepted
	 * @param activityYear the year the activity took place (ages count from it)
	 * @throws ImportFileException when the file as a whole cannot be used
	 */
	static FileCheck check(byte[] content, int maxRows, int activityYear) {
		Table table = SpreadsheetReader.read(content, maxRows);
		Map<ParticipantColumn, Integer> columns = columns(table.header());
		List<ParticipantRow> valid = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		for (TableRow row : table.rows()) {
			List<RowProblem> rowProblems = new ArrayList<>();
			ParticipantRow participant = parse(row, columns, activityYear, rowProblems);
			if (participant != null) {
				ParticipantRow earlier = valid.stream().filter(participant::samePersonAs).findFirst().orElse(null);
				if (earlier != null) {
					rowProblems.add(new RowProblem(row.number(),
							(participant.nik() != null) ? ParticipantColumn.NIK : ParticipantColumn.NAME,
							"participant.error.duplicateRow", new Object[] { earlier.row() }));
				}
				else {
					valid.add(participant);
				}
			}
			problems.addAll(rowProblems);
		}
		return new FileCheck(List.copyOf(valid), List.copyOf(problems), table.rows().size());
	}

	/** Where each known column is; refuses a file that lacks a required one. */
	static Map<ParticipantColumn, Integer> columns(TableRow header) {
		Map<ParticipantColumn, Integer> columns = new EnumMap<>(ParticipantColumn.class);
		for (int i = 0; i < header.cells().size(); i++) {
			ParticipantColumn column = ParticipantColumn.forHeader(header.cell(i));
			if (column == null) {
				continue;
			}
			if (columns.containsKey(column)) {
				throw new ImportFileException("participant.file.duplicateColumn", resolvable(column.messageKey()));
			}
			columns.put(column, i);
		}
		Set<ParticipantColumn> missing = new LinkedHashSet<>();
		for (ParticipantColumn column : ParticipantColumn.values()) {
			if (column.required() && !columns.containsKey(column)) {
				missing.add(column);
			}
		}
		if (!missing.isEmpty()) {
			throw new ImportFileException("participant.file.missingColumn",
					resolvable(missing.iterator().next().messageKey()));
		}
		if (!columns.containsKey(ParticipantColumn.AGE) && !columns.containsKey(ParticipantColumn.BIRTH_YEAR)) {
			throw new ImportFileException("participant.file.missingAgeColumn");
		}
		return columns;
	}

	private static ParticipantRow parse(TableRow row, Map<ParticipantColumn, Integer> columns, int activityYear,
			List<RowProblem> problems) {
		Cells cells = new Cells(row, columns, problems);
		String name = cells.text(ParticipantColumn.NAME).replaceAll("\\s+", " ");
		if (name.isEmpty()) {
			cells.problem(ParticipantColumn.NAME, "participant.error.required");
		}
		else if (name.length() < 2 || name.length() > 100 || !name.matches(".*\\p{L}.*")) {
			cells.problem(ParticipantColumn.NAME, "participant.error.name.invalid", name);
		}
		Sex sex = cells.parsed(ParticipantColumn.SEX, Sex::parse, "participant.error.sex.invalid");
		TargetGroup group = cells.parsed(ParticipantColumn.TARGET_GROUP, TargetGroup::parse,
				"participant.error.targetGroup.invalid");
		Integer birthYear = birthYear(cells, activityYear);
		String phone = phone(cells);
		String nik = nik(cells, sex);
		if (!problems.isEmpty()) {
			return null;
		}
		return new ParticipantRow(row.number(), name, sex, birthYear, group, phone, nik);
	}

	private static Integer birthYear(Cells cells, int activityYear) {
		String ageText = cells.text(ParticipantColumn.AGE);
		String yearText = cells.text(ParticipantColumn.BIRTH_YEAR);
		if (ageText.isEmpty() && yearText.isEmpty()) {
			ParticipantColumn named = cells.has(ParticipantColumn.AGE) ? ParticipantColumn.AGE
					: ParticipantColumn.BIRTH_YEAR;
			cells.problem(named, "participant.error.ageOrYear.required");
			return null;
		}
		Integer year = null;
		if (!yearText.isEmpty()) {
			if (!DIGITS.matcher(yearText).matches() || yearText.length() != 4
					|| Integer.parseInt(yearText) > activityYear - MIN_AGE
					|| Integer.parseInt(yearText) < activityYear - MAX_AGE) {
				cells.problem(ParticipantColumn.BIRTH_YEAR, "participant.error.birthYear.invalid", yearText,
						activityYear - MAX_AGE, activityYear - MIN_AGE);
				return null;
			}
			year = Integer.parseInt(yearText);
		}
		if (!ageText.isEmpty()) {
			String age = ageText.replaceFirst("(?i)\\s*(tahun|thn|th|years?|yrs?)\\.?$", "");
			if (!DIGITS.matcher(age).matches() || age.length() > 3 || Integer.parseInt(age) < MIN_AGE
					|| Integer.parseInt(age) > MAX_AGE) {
				cells.problem(ParticipantColumn.AGE, "participant.error.age.invalid", ageText, MIN_AGE, MAX_AGE);
				return null;
			}
			int fromAge = activityYear - Integer.parseInt(age);
			if (year != null && Math.abs(year - fromAge) > 1) {
				cells.problem(ParticipantColumn.AGE, "participant.error.age.mismatch", ageText, year);
				return null;
			}
			return (year != null) ? year : fromAge;
		}
		return year;
	}

	private static String phone(Cells cells) {
		String text = cells.text(ParticipantColumn.PHONE);
		if (text.isEmpty()) {
			return null;
		}
		String phone = PhoneNumbers.normalise(text);
		if (phone == null) {
			cells.problem(ParticipantColumn.PHONE, "participant.error.phone.invalid", text);
		}
		return phone;
	}

	private static String nik(Cells cells, Sex sex) {
		String text = cells.text(ParticipantColumn.NIK).replaceAll("[\\s.-]", "");
		if (text.isEmpty()) {
			return null;
		}
		if (cells.isNumeric(ParticipantColumn.NIK) && text.length() >= 15) {
			cells.problem(ParticipantColumn.NIK, "participant.error.nik.numeric");
			return null;
		}
		if (!NikNumbers.isWellFormed(text)) {
			cells.problem(ParticipantColumn.NIK, "participant.error.nik.invalid");
			return null;
		}
		if (sex != null && NikNumbers.isFemale(text) != (sex == Sex.FEMALE)) {
			cells.problem(ParticipantColumn.NIK, "participant.error.nik.sexMismatch");
			return null;
		}
		return text;
	}

	static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	/** The cells of one row by column, and the problems found in them. */
	private static final class Cells {

		private final TableRow row;

		private final Map<ParticipantColumn, Integer> columns;

		private final List<RowProblem> problems;

		Cells(TableRow row, Map<ParticipantColumn, Integer> columns, List<RowProblem> problems) {
			this.row = row;
			this.columns = columns;
			this.problems = problems;
		}

		boolean has(ParticipantColumn column) {
			return this.columns.containsKey(column);
		}

		String text(ParticipantColumn column) {
			Integer index = this.columns.get(column);
			return (index != null) ? this.row.cell(index) : "";
		}

		boolean isNumeric(ParticipantColumn column) {
			Integer index = this.columns.get(column);
			return index != null && this.row.numericColumns().contains(index);
		}

		<T> T parsed(ParticipantColumn column, java.util.function.Function<String, T> parser, String invalidCode) {
			String text = text(column);
			if (text.isEmpty()) {
				problem(column, "participant.error.required");
				return null;
			}
			T value = parser.apply(text);
			if (value == null) {
				problem(column, invalidCode, text);
			}
			return value;
		}

		void problem(ParticipantColumn column, String code, Object... arguments) {
			this.problems.add(new RowProblem(this.row.number(), column, code, arguments));
		}

	}

	/**
	 * The outcome of checking a file.
	 *
	 * @param valid the rows without problems, ready to import
	 * @param problems every problem, by row
	 * @param rows the number of data rows read
	 */
	record FileCheck(List<ParticipantRow> valid, List<RowProblem> problems, int rows) {

		boolean hasProblems() {
			return !this.problems.isEmpty();
		}

		/** The rows that have at least one problem. */
		long badRows() {
			return this.problems.stream().mapToInt(RowProblem::row).distinct().count();
		}

	}

}
