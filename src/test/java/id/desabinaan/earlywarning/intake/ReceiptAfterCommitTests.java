package id.desabinaan.earlywarning.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report is never lost once its receipt is shown: the receipt page comes only after the
 * transaction has committed (post, commit, redirect), so a failed commit shows the form
 * again (everything entered kept) and no receipt code.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ReceiptAfterCommitTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReportWhoseCommitFailsShowsNoReceiptAndKeepsWhatWasEntered() {
		String description = "Gagal disimpan " + UUID.randomUUID() + " " + FailingCommitProbe.MARKER;
		HttpResponse<String> response = new IntakeHttp(this.port).postMultipart("/lapor",
				IntakeHttp.recruiterForm(description, "web-" + UUID.randomUUID()), List.of());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).contains("field-error", "Laporan belum tersimpan")
			.contains(description)
			.doesNotContain("tanda-terima")
			.doesNotContain("Catat kode tanda terima");
		assertThat(this.jdbc.queryForObject("select count(*) from report where description = ?", Integer.class,
				description))
			.isZero();
	}

	@Test
	void aShownReceiptNamesAStoredReport() {
		String description = "Tersimpan " + UUID.randomUUID();
		IntakeHttp http = new IntakeHttp(this.port);
		HttpResponse<String> response = http.postMultipart("/lapor",
				IntakeHttp.recruiterForm(description, "web-" + UUID.randomUUID()), List.of());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String code = IntakeHttp.receiptCode(response);
		// by the time the browser is sent to the receipt, the report is committed
		assertThat(
				this.jdbc.queryForObject("select description from report where receipt_code = ?", String.class, code))
			.isEqualTo(description);
		HttpResponse<String> receipt = http.get(response.headers().firstValue("Location").orElseThrow());
		assertThat(receipt.statusCode()).isEqualTo(200);
		assertThat(receipt.body()).contains(ReceiptCodes.grouped(code));
	}

}
