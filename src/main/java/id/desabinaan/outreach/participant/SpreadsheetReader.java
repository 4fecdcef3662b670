package id.desabinaan.outreach.participant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an XLSX workbook, or a CSV file, into rows of text cells. The
 * format is told by the content, not by the file name: an XLSX file is a ZIP archive. CSV
 * files may separate cells by comma, semicolon (what Excel writes in an Indonesian
 * locale) or tab, and are read as UTF-8 with or without byte-order mark (a file that is
 * not valid UTF-8 is read as Windows-1252, what older Excel versions write). Row numbers
 * are the ones a spreadsheet program shows: the header is usually row 1.
 */
final class SpreadsheetReader {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** A ZIP archive's local file header: every XLSX file starts with it. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** An OLE2 compound document: the old binary .xls format. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private SpreadsheetReader() {
	}

	/**
	 * The header (the first row that is not empty) and the data rows below it, empty rows
	 * left out.
	 * @param content the uploaded bytes
	 * @param maxRows the most data rows accepted
	 * @throws ImportFileException when the file cannot be read or holds too many rows
	 */
	static Table read(byte[] content, int maxRows) {
		if (content.length == 0) {
			throw new ImportFileException("participant.file.empty");
		}
		if (startsWith(content, OLE2)) {
			throw new ImportFileException("participant.file.oldExcel");
		}
		if (startsWith(content, ZIP)) {
			return readXlsx(content, maxRows);
		}
		if (looksBinary(content)) {
			throw new ImportFileException("participant.file.unknownFormat");
		}
		return readCsv(decode(content), maxRows);
	}

	private static Table readXlsx(byte[] content, int maxRows) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			Collector collector = new Collector(maxRows);
			Iterator<Row> iterator = rows.iterator();
			while (iterator.hasNext()) {
				Row row = iterator.next();
				List<String> cells = new ArrayList<>();
				Set<Integer> numeric = new HashSet<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					Cell cell = row.getCell(i);
					cells.add(text(cell));
					if (cell != null && cell.getType() == CellType.NUMBER) {
						numeric.add(i);
					}
				}
				collector.add(new TableRow(row.getRowNum(), cells, numeric));
			}
			return collector.table();
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// a damaged or foreign ZIP, broken XML inside, a workbook without sheets
			throw new ImportFileException("participant.file.brokenXlsx");
		}
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getValue() == null) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			return ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
		}
		if (cell.getType() == CellType.ERROR) {
			return "";
		}
		return cell.getText().strip();
	}

	private static Table readCsv(String text, int maxRows) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(body))
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.get();
		Collector collector = new Collector(maxRows);
		try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>();
				record.forEach((value) -> cells.add(value.strip()));
				collector.add(new TableRow((int) record.getRecordNumber(), cells, Set.of()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new ImportFileException("participant.file.brokenCsv");
		}
		return collector.table();
	}

	/** The separator that occurs most often (outside quotes) in the first line. */
	static char delimiter(String text) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				if (comma + semicolon + tab > 0) {
					break;
				}
			}
			else if (!quoted && c == ',') {
				comma++;
			}
			else if (!quoted && c == ';') {
				semicolon++;
			}
			else if (!quoted && c == '\t') {
				tab++;
			}
		}
		if (semicolon > comma && semicolon >= tab) {
			return ';';
		}
		return (tab > comma) ? '\t' : ',';
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, WINDOWS_1252);
		}
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/** Text files have no NUL bytes; images, PDFs and other binaries do. */
	private static boolean looksBinary(byte[] content) {
		int checked = Math.min(content.length, 4096);
		for (int i = 0; i < checked; i++) {
			if (content[i] == 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Keeps the header and the non-empty rows, and stops as soon as there are more than
	 * {@code maxRows} (a huge file is never read to its end).
	 */
	private static final class Collector {

		private final int maxRows;

		private TableRow header;

		private final List<TableRow> rows = new ArrayList<>();

		Collector(int maxRows) {
			this.maxRows = maxRows;
		}

		void add(TableRow row) {
			if (row.isBlank()) {
				return;
			}
			if (this.header == null) {
				this.header = row;
				return;
			}
			if (this.rows.size() >= this.maxRows) {
				throw new ImportFileException("participant.file.tooManyRows", this.maxRows);
			}
			this.rows.add(row);
		}

		Table table() {
			if (this.header == null) {
				throw new ImportFileException("participant.file.empty");
			}
			if (this.rows.isEmpty()) {
				throw new ImportFileException("participant.file.noRows");
			}
			return new Table(this.header, List.copyOf(this.rows));
		}

	}

	/**
	 * A sheet as read.
	 *
	 * @param header the header row
	 * @param rows the data rows, in order
	 */
	record Table(TableRow header, List<TableRow> rows) {
	}

	/**
	 * One row of a sheet.
	 *
	 * @param number the row number a spreadsheet program shows
	 * @param cells the cells' text, stripped
	 * @param numericColumns the columns whose cell held a number (XLSX only)
	 */
	record TableRow(int number, List<String> cells, Set<Integer> numericColumns) {

		String cell(int column) {
			return (column >= 0 && column < this.cells.size()) ? this.cells.get(column) : "";
		}

		boolean isBlank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

}
