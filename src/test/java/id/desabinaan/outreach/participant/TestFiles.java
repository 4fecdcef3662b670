package id.desabinaan.outreach.participant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Participant lists as users make them: CSV text and XLSX workbooks. */
public final class TestFiles {

	private TestFiles() {
	}

	/** CSV bytes in UTF-8 from lines (cells already separated). */
	public static byte[] csv(String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * An XLSX workbook with one sheet; a cell that is a {@link Number} is written as one.
	 */
	public static byte[] xlsx(List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Peserta");
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof Number number) {
						sheet.value(r, c, number);
					}
					else if (value != null) {
						sheet.value(r, c, value.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
