package id.desabinaan.knowledge.wizard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API of the wizard and the fees for other channels: defaults, the serving
 * office, dates, a ProblemDetail naming each bad parameter, and the OpenAPI description.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class RequirementsApiTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void missingAnswersTakeTheirDefaultsAndTheServingOfficeIsNamed() throws Exception {
		JsonNode json = ok("/api/v1/requirements?type=FIRST&region=33.07.06.2009");

		assertThat(json.path("questions").toString()).isEqualTo(
				"{\"type\":\"FIRST\",\"under17\":false,\"married\":false,\"electronic\":false,\"validity\":5,\"sameDay\":false,\"child\":false}");
		assertThat(json.path("fees").path(0).path("component").asString()).isEqualTo("BOOK_NON_ELECTRONIC_5Y");
		assertThat(json.path("fees").path(0).path("source").asString()).contains("PP 45/2024");
		assertThat(json.path("total").asLong()).isEqualTo(350_000);
		assertThat(json.path("servingOffice").path("code").asString()).isEqualTo("KANIM-WONOSOBO");
		assertThat(json.path("link").asString()).isEqualTo(
				"/paspor/syarat?type=FIRST&under17=false&married=false&electronic=false&validity=5&sameDay=false");
		assertThat(json.path("documents").path(0).path("code").asString()).isEqualTo("KTP_EL");
	}

	@Test
	void textsFollowTheRequestedLanguage() throws Exception {
		JsonNode json = ok("/api/v1/requirements?type=DAMAGED&electronic=true&lang=en");

		assertThat(json.path("documents").toString()).contains("The damaged passport");
		assertThat(json.path("fees").path(1).path("name").asString()).isEqualTo("Replacing a damaged passport");
		assertThat(json.path("visaFacilitations").toString()).contains("South Korea", "Jeju");
	}

	@Test
	void feesAreGivenForTheDayAsked() throws Exception {
		JsonNode before = ok("/api/v1/fees?date=2024-12-16");
		assertThat(before.path("fees")).isEmpty();
		assertThat(before.path("announced").toString()).contains("BOOK_ELECTRONIC_10Y", "2024-12-17");

		JsonNode after = ok("/api/v1/fees?date=2025-01-01");
		assertThat(after.path("date").asString()).isEqualTo("2025-01-01");
		assertThat(after.path("fees")).hasSize(8);
		assertThat(after.path("fees").path(3).toString()).contains("\"component\":\"BOOK_ELECTRONIC_10Y\"",
				"\"amount\":950000", "\"validFrom\":\"2024-12-17\"");
	}

	@Test
	void aDayWithoutFeesIsNotFoundRatherThanAGuess() throws Exception {
		HttpResponse<String> response = get("/api/v1/requirements?type=FIRST&date=2024-12-01");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@ParameterizedTest
	@CsvSource({ "type=,type", "type=VISA,type", "type=FIRST&under17=maybe,under17", "type=FIRST&married=2,married",
			"type=FIRST&electronic=ya,electronic", "type=FIRST&validity=7,validity", "type=FIRST&sameDay=x,sameDay",
			"type=FIRST&date=2025-13-01,date", "type=FIRST&region=wonosobo,region", "type=FIRST&region=33,region",
			"type=FIRST&under17=true&validity=10,validity" })
	void aBadParameterIsAProblemThatNamesIt(String query, String field) throws Exception {
		HttpResponse<String> response = get("/api/v1/requirements?" + query);

		assertThat(response.statusCode()).as(query).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo(field);
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	@Test
	void aBadFeeDateIsAProblemThatNamesIt() throws Exception {
		HttpResponse<String> response = get("/api/v1/fees?date=kemarin");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("date");
		assertThat(problem.path("detail").asString()).contains("kemarin");
	}

	@Test
	void theOpenApiDescriptionDocumentsBothEndpoints() throws Exception {
		JsonNode paths = ok("/v3/api-docs").path("paths");

		JsonNode fees = paths.path("/api/v1/fees").path("get");
		assertThat(fees.path("summary").asString()).isEqualTo("Passport fees valid on a date");
		assertThat(fees.path("parameters").findValuesAsString("name")).containsExactly("date");
		assertThat(fees.path("responses").has("400")).isTrue();
		JsonNode requirements = paths.path("/api/v1/requirements").path("get");
		assertThat(requirements.path("parameters").findValuesAsString("name")).contains("type", "under17", "married",
				"electronic", "validity", "sameDay", "date", "region");
		assertThat(requirements.path("responses").path("400").path("description").asString()).contains("names it");
	}

	private JsonNode ok(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
