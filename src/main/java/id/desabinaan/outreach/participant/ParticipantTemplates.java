package id.desabinaan.outreach.participant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The files offered for download to fill in: the headers in Indonesian, one example row,
 * and in the workbook a second sheet listing the accepted values. The NIK column of the
 * workbook is text, so that Excel keeps all 16 digits.
 */
public final class ParticipantTemplates {

	/** The columns in the order the templates show them. */
	static final List<ParticipantColumn> COLUMNS = List.of(ParticipantColumn.NAME, ParticipantColumn.SEX,
			ParticipantColumn.AGE, ParticipantColumn.TARGET_GROUP, ParticipantColumn.PHONE, ParticipantColumn.NIK);

	private static final List<String> EXAMPLE = List.of("Siti Aminah", "P", "27", "calon PMI", "081234567890", "");

	private ParticipantTemplates() {
	}

	/** The CSV template: UTF-8 with byte-order mark (Excel then reads it as UTF-8). */
	public static byte[] csv() {
		StringBuilder text = new StringBuilder("\uFEFF");
		text.append(String.join(";", COLUMNS.stream().map(ParticipantColumn::templateHeader).toList())).append("\r\n");
		text.append(String.join(";", EXAMPLE)).append("\r\n");
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The XLSX template. */
	public static byte[] xlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Desa Binaan Imigrasi", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Peserta");
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.value(0, c, COLUMNS.get(c).templateHeader());
				sheet.style(0, c).bold().set();
				sheet.width(c, (c == 0) ? 30 : 20);
				if (COLUMNS.get(c) == ParticipantColumn.NIK || COLUMNS.get(c) == ParticipantColumn.PHONE) {
					// text, so that Excel keeps every digit and the leading 0
					sheet.range(1, c, 2000, c).style().format("@").set();
				}
				if (!EXAMPLE.get(c).isEmpty()) {
					sheet.value(1, c, EXAMPLE.get(c));
				}
			}
			Worksheet values = workbook.newWorksheet("Pilihan");
			values.value(0, 0, ParticipantColumn.SEX.templateHeader());
			values.value(1, 0, "L");
			values.value(2, 0, "P");
			values.value(0, 1, ParticipantColumn.TARGET_GROUP.templateHeader());
			TargetGroup[] groups = TargetGroup.values();
			for (int i = 0; i < groups.length; i++) {
				values.value(i + 1, 1, groups[i].templateLabel());
			}
			values.width(0, 22);
			values.width(1, 22);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
