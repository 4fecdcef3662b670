package id.desabinaan.outreach.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.AttendanceCounts;
import id.desabinaan.outreach.AttendanceCounts.AgeBands;
import id.desabinaan.outreach.ReferenceItem;

/**
 * Activities with attendance as a table: one row per activity, headers in the reader's
 * language, the same columns in XLSX and CSV. CSV is UTF-8 with a byte-order mark, so
 * that Excel opens it with the right characters.
 */
@Component
class ActivityExport {

	/** Column header keys after {@code outreach.export.column.}, in order. */
	static final List<String> COLUMNS = List.of("id", "date", "time", "zone", "office", "villageCode", "village",
			"type", "title", "place", "status", "cancelReason", "officers", "institutions", "topics", "materials",
			"attendanceSource", "maleUnder17", "male17to25", "male26to40", "male41to60", "maleOver60", "femaleUnder17",
			"female17to25", "female26to40", "female41to60", "femaleOver60", "male", "female", "prospectiveMigrants",
			"returningMigrants", "students", "villageOfficials", "generalPublic", "total");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final MessageSource messages;

	ActivityExport(MessageSource messages) {
		this.messages = messages;
	}

	/** The header row and one row per activity; numbers stay numbers. */
	List<List<Object>> rows(List<ActivityView> activities, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(COLUMNS.stream()
			.map((column) -> (Object) message("outreach.export.column." + column, locale))
			.toList());
		for (ActivityView activity : activities) {
			rows.add(row(activity, locale));
		}
		return rows;
	}

	private List<Object> row(ActivityView activity, Locale locale) {
		AttendanceCounts counts = activity.attendance();
		List<Object> row = new ArrayList<>();
		row.add(activity.id());
		row.add(activity.startsAt().toLocalDate().toString());
		row.add(activity.startsAt().toLocalTime().withSecond(0).withNano(0).toString());
		row.add(activity.zoneLabel());
		row.add(activity.officeName());
		row.add(activity.villageCode());
		row.add(activity.villageFullName());
		row.add(message(activity.type().messageKey(), locale)
				+ ((activity.otherType() != null) ? ": " + activity.otherType() : ""));
		row.add(activity.title());
		row.add(activity.place());
		row.add(message("outreach.status." + activity.status(), locale));
		row.add(text(activity.cancelReason()));
		row.add(activity.officers().stream().map(ActivityView.Officer::displayName).collect(Collectors.joining(", ")));
		row.add(names(activity.institutions(), activity.otherInstitution(), locale));
		row.add(names(activity.topics(), activity.otherTopic(), locale));
		row.add(activity.materials()
			.stream()
			.map((material) -> material.name() + " (" + material.quantity() + ")")
			.collect(Collectors.joining(", ")));
		row.add((activity.attendanceSource() != null)
				? message("outreach.attendance.source." + activity.attendanceSource(), locale) : "");
		addBands(row, counts.male());
		addBands(row, counts.female());
		row.add(counts.male().total());
		row.add(counts.female().total());
		row.add(counts.groups().prospectiveMigrants());
		row.add(counts.groups().returningMigrants());
		row.add(counts.groups().students());
		row.add(counts.groups().villageOfficials());
		row.add(counts.groups().generalPublic());
		row.add(counts.total());
		return row;
	}

	private static void addBands(List<Object> row, AgeBands bands) {
		row.add(bands.under17());
		row.add(bands.from17to25());
		row.add(bands.from26to40());
		row.add(bands.from41to60());
		row.add(bands.over60());
	}

	private static String names(List<ReferenceItem> items, String other, Locale locale) {
		List<String> names = new ArrayList<>(
				items.stream().filter((item) -> !item.needsText()).map((item) -> item.name(locale)).toList());
		if (other != null) {
			names.add(other);
		}
		return String.join(", ", names);
	}

	byte[] xlsx(List<List<Object>> rows, String sheetName) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(bytes, "Desa Binaan Imigrasi", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(sheetName);
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof Number number) {
						sheet.value(r, c, number);
					}
					else {
						sheet.value(r, c, String.valueOf(value));
					}
				}
			}
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.style(0, c).bold().set();
			}
			sheet.freezePane(0, 1);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	byte[] csv(List<List<Object>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(UTF8_BOM);
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			for (List<Object> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
