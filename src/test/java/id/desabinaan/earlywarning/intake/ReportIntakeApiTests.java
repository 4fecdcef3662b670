package id.desabinaan.earlywarning.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.knowledge.WarningRiskLevel;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ReportIntakeApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Reports reports;

	IntakeHttp http;

	@BeforeEach
	void setUp() {
		this.http = new IntakeHttp(this.port);
	}

	@Test
	void anyoneSendsAReportWithoutAnAccountAndGets201WithTheReceiptCode() {
		String description = "Lewat API " + UUID.randomUUID();
		HttpResponse<String> response = this.http.postJson("/api/v1/reports",
				"{\"category\":\"RECRUITER\",\"villageCode\":\"33.07.06.2009\",\"description\":\"" + description
						+ "\",\"indicators\":{\"INDIVIDUAL_RECRUITER\":\"YES\",\"FEE_BEFORE_DEPARTURE\":\"yes\"},"
						+ "\"details\":{\"phoneNumbers\":\"0812-3456-7890\"},\"place\":\"Dusun Krajan\","
						+ "\"contact\":null}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String code = JSON.readTree(response.body()).path("receiptCode").asString();
		assertThat(code).hasSize(ReceiptCodes.LENGTH);
		Report report = this.reports.findByReceiptCode(code).orElseThrow();
		assertThat(report.getDescription()).isEqualTo(description);
		assertThat(report.getChannel()).isEqualTo(ReportChannel.API);
		assertThat(report.getReporterKind()).isEqualTo(ReporterKind.ANONYMOUS);
		assertThat(report.getRiskLevel()).isEqualTo(WarningRiskLevel.HIGH);
		assertThat(report.getPlaceText()).isEqualTo("Dusun Krajan");
		assertThat(this.http.get("/lapor/status?kode=" + code).body()).contains(ReceiptCodes.grouped(code));
	}

	@Test
	void badInputIsA400ProblemDetailNamingTheField() {
		assertThat(field(this.http.postJson("/api/v1/reports",
				"{\"category\":\"BURGLARY\",\"villageCode\":\"33.07.06.2009\",\"description\":\"x\"}")))
			.isEqualTo("category");
		assertThat(field(this.http.postJson("/api/v1/reports",
				"{\"category\":\"OTHER\",\"villageCode\":\"99.99\",\"description\":\"x\"}")))
			.isEqualTo("villageCode");
		assertThat(field(this.http.postJson("/api/v1/reports",
				"{\"category\":\"OTHER\",\"villageCode\":\"33.07.06.2009\",\"description\":\" \"}")))
			.isEqualTo("description");
		assertThat(field(this.http.postJson("/api/v1/reports",
				"{\"category\":\"OTHER\",\"villageCode\":\"33.07.06.2009\",\"description\":\"x\","
						+ "\"indicators\":{\"UNDERAGE\":\"MAYBE\"}}")))
			.isEqualTo("indicators.UNDERAGE");
		assertThat(field(this.http.postJson("/api/v1/reports",
				"{\"category\":\"OTHER\",\"villageCode\":\"33.07.06.2009\",\"description\":\"x\","
						+ "\"contact\":{\"phone\":\"0812 1111 2222\"}}")))
			.isEqualTo("contactConsent");
	}

	@Test
	void aResendWithTheSameIdempotencyKeyMakesOneReport() {
		String key = UUID.randomUUID().toString();
		String body = "{\"category\":\"OTHER\",\"villageCode\":\"33.07.06.2009\",\"description\":\"Dua kali "
				+ UUID.randomUUID() + "\"}";
		HttpResponse<String> first = this.http.postJson("/api/v1/reports", body, "Idempotency-Key", key);
		HttpResponse<String> second = this.http.postJson("/api/v1/reports", body, "Idempotency-Key", key);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		String code = JSON.readTree(first.body()).path("receiptCode").asString();
		assertThat(JSON.readTree(second.body()).path("receiptCode").asString()).isEqualTo(code);
		assertThat(this.reports.findBySubmissionKey("api-" + key)).get()
			.extracting(Report::getReceiptCode)
			.isEqualTo(code);
	}

	@Test
	void theReportApiIsDocumentedInOpenApi() {
		JsonNode docs = JSON.readTree(this.http.get("/v3/api-docs").body());
		assertThat(docs.path("paths").path("/api/v1/reports").path("post").isMissingNode()).isFalse();
	}

	private static String field(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		return JSON.readTree(response.body()).path("errors").path(0).path("field").asString();
	}

}
