package id.desabinaan.earlywarning.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An anonymous report keeps no IP address, no user agent and no precise time of what the
 * reporter did, in any table or log: after an anonymous submission with a photo and a
 * reply on the status page, every text column of every table is searched for the client's
 * address and user agent, the report's own rows are checked for timestamps, and the log
 * written meanwhile for anything about it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@ExtendWith(OutputCaptureExtension.class)
class AnonymityTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Test
	void anAnonymousReportLeavesNoAddressNoUserAgentAndNoMomentInAnyTableOrLog(CapturedOutput output)
			throws IOException {
		String agent = "AnonymityProbe/" + UUID.randomUUID();
		String forwarded = "203.0.113." + (int) (Math.random() * 200 + 20);
		IntakeHttp http = new IntakeHttp(this.port);
		int logStart = output.getAll().length();
		String description = "Anonim sepenuhnya " + UUID.randomUUID();
		HttpResponse<String> sent = http.postMultipart("/lapor",
				IntakeHttp.recruiterForm(description, "web-" + UUID.randomUUID()),
				List.of(new IntakeHttp.FilePart("attachments", "IMG_20261206_101500.png", "image/png", png())),
				"User-Agent", agent, "X-Forwarded-For", forwarded);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		String code = IntakeHttp.receiptCode(sent);
		http.get("/lapor/tanda-terima?kode=" + code, "User-Agent", agent, "X-Forwarded-For", forwarded);
		HttpResponse<String> replied = http.postForm("/lapor/status/balas",
				Map.of("kode", code, "body", "Jawaban anonim"), "User-Agent", agent, "X-Forwarded-For", forwarded);
		assertThat(replied.statusCode()).isEqualTo(302);
		long id = this.jdbc.queryForObject("select id from report where receipt_code = ?", Long.class, code);

		// the report and everything of it: dates only
		Map<String, Object> report = this.jdbc.queryForMap("select * from report where id = ?", id);
		assertThat(report.get("state_entered_at")).isNull();
		assertThat(report.get("changed_at")).isNull();
		assertThat(report.get("changed_by")).isNull();
		assertThat(report.get("submitted_by")).isNull();
		assertThat(report.get("received_on")).isNotNull();
		assertThat(this.jdbc.queryForList("select occurred_at from report_entry where report_id = ?", id)).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get("occurred_at")).isNull());
		assertThat(this.jdbc.queryForList("select sent_at from report_message where report_id = ?", id)).hasSize(1)
			.allSatisfy((row) -> assertThat(row.get("sent_at")).isNull());
		assertThat(
				this.jdbc.queryForObject("select count(*) from report_access where report_id = ?", Integer.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Integer.class,
				id))
			.isEqualTo(1);
		// no module event publication with its moment, no audit entry
		assertThat(this.jdbc
			.queryForObject("select count(*) from event_publication where event_type like '%ReportReceived%'"
					+ " and serialized_event like ?", Integer.class, "%" + id + "%"))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where target like ? or detail like ? or target like ?", Integer.class,
				"%" + code + "%", "%" + code + "%", "%report%" + id))
			.isZero();
		assertNowhereInTheDatabase(agent, forwarded);
		// the log written meanwhile says nothing about it
		String log = output.getAll().substring(logStart);
		assertThat(log).doesNotContain(code)
			.doesNotContain(agent)
			.doesNotContain(forwarded)
			.doesNotContain("127.0.0.1")
			.doesNotContain(description)
			.doesNotContainPattern("(?i)(report|laporan)[^\\n]{0,40}\\b" + id + "\\b");
		// and no web server access log is written at all
		assertThat(this.environment.getProperty("server.tomcat.accesslog.enabled", Boolean.class, false)).isFalse();
	}

	/** Searches every text column of every table (but the region reference data). */
	private void assertNowhereInTheDatabase(String agent, String forwarded) {
		List<Map<String, Object>> columns = this.jdbc.queryForList(
				"select table_name, column_name from information_schema.columns where table_schema = current_schema()"
						+ " and data_type in ('CHARACTER VARYING', 'character varying', 'CHARACTER LARGE OBJECT', 'text')");
		assertThat(columns).extracting((column) -> column.get("table_name") + "." + column.get("column_name"))
			.contains("report.description", "report_entry.detail", "audit_event.detail",
					"event_publication.serialized_event");
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			if (table.startsWith("flyway") || table.startsWith("region")) {
				continue;
			}
			Integer found = this.jdbc.queryForObject(
					"select count(*) from \"" + table + "\" where \"" + name + "\" like ? or \"" + name + "\" like ?",
					Integer.class, "%" + agent + "%", "%" + forwarded + "%");
			assertThat(found).as(table + "." + name).isZero();
		}
	}

	@Test
	void anAnonymousReportByTheApiKeepsTheDateOnlyAndNoAddressOrUserAgent(CapturedOutput output) {
		String agent = "AnonymityProbeApi/" + UUID.randomUUID();
		String forwarded = "198.51.100." + (int) (Math.random() * 200 + 20);
		int logStart = output.getAll().length();
		HttpResponse<String> sent = new IntakeHttp(this.port).postJson("/api/v1/reports",
				"{\"category\":\"FOREIGNER\",\"villageCode\":\"33.07.06.2009\",\"description\":\"Lewat API "
						+ UUID.randomUUID() + "\",\"details\":{\"numberOfPersons\":\"2\"}}",
				"User-Agent", agent, "X-Forwarded-For", forwarded, "Idempotency-Key", UUID.randomUUID().toString());
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		String code = sent.body().replaceAll(".*\"receiptCode\":\"([A-Z0-9]+)\".*", "$1");
		Map<String, Object> report = this.jdbc.queryForMap("select * from report where receipt_code = ?", code);
		assertThat(report.get("state_entered_at")).isNull();
		assertThat(report.get("changed_at")).isNull();
		assertThat(this.jdbc.queryForList("select occurred_at from report_entry where report_id = ?", report.get("id")))
			.allSatisfy((row) -> assertThat(row.get("occurred_at")).isNull());
		assertNowhereInTheDatabase(agent, forwarded);
		assertThat(output.getAll().substring(logStart)).doesNotContain(code)
			.doesNotContain(agent)
			.doesNotContain(forwarded);
	}

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
