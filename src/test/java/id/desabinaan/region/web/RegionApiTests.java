package id.desabinaan.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class RegionApiTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void findsAllFiveVillagesNamedPakuncenIncludingTheOneInSelomerto() {
		ResponseEntity<JsonNode> response = this.http.getForEntity("/api/v1/regions?q=pakuncen", JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode items = response.getBody().get("items");
		assertThat(codes(items)).containsExactlyInAnyOrder("33.03.09.2008", "33.07.06.2009", "34.71.07.1001",
				"35.18.09.2008", "36.04.07.2009");
		JsonNode selomerto = item(items, "33.07.06.2009");
		assertThat(selomerto.get("name").asString()).isEqualTo("Pakuncen");
		assertThat(selomerto.get("level").asString()).isEqualTo("VILLAGE");
		assertThat(selomerto.get("kind").asString()).isEqualTo("DESA");
		assertThat(strings(selomerto.get("path"))).containsExactly("Selomerto", "Kabupaten Wonosobo", "Jawa Tengah");
		assertThat(String.join(", ", strings(selomerto.get("path")))).containsSubsequence("Selomerto", "Wonosobo",
				"Jawa Tengah");
	}

	@Test
	void searchesCaseInsensitively() {
		JsonNode items = this.http.getForObject("/api/v1/regions?q=PaKuNcEn&level=village&limit=20", JsonNode.class)
			.get("items");

		assertThat(codes(items)).hasSize(5).contains("33.07.06.2009");
	}

	@Test
	void filtersByLevelAndHonoursTheLimit() {
		JsonNode regencies = this.http.getForObject("/api/v1/regions?q=wonosobo&level=REGENCY", JsonNode.class)
			.get("items");
		assertThat(codes(regencies)).containsExactly("33.07");
		assertThat(regencies.get(0).get("kind").asString()).isEqualTo("KABUPATEN");

		JsonNode limited = this.http.getForObject("/api/v1/regions?q=sari&limit=3", JsonNode.class).get("items");
		assertThat(limited.size()).isEqualTo(3);
	}

	@Test
	void listsTheProvincesWithoutAQuery() {
		JsonNode items = this.http.getForObject("/api/v1/regions", JsonNode.class).get("items");

		assertThat(items.size()).isEqualTo(38);
		assertThat(codes(items)).contains("33").isSorted();
		assertThat(item(items, "33").get("name").asString()).isEqualTo("Jawa Tengah");
	}

	@Test
	void returnsOneVillageByCode() {
		ResponseEntity<JsonNode> response = this.http.getForEntity("/api/v1/regions/33.07.06.2009", JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode village = response.getBody();
		assertThat(village.get("code").asString()).isEqualTo("33.07.06.2009");
		assertThat(village.get("name").asString()).isEqualTo("Pakuncen");
		assertThat(village.get("parentCode").asString()).isEqualTo("33.07.06");
		assertThat(strings(village.get("path"))).containsExactly("Selomerto", "Kabupaten Wonosobo", "Jawa Tengah");
	}

	@Test
	void listsChildrenOfAProvinceARegencyAndADistrict() {
		JsonNode regencies = this.http.getForObject("/api/v1/regions/33/children", JsonNode.class).get("items");
		assertThat(regencies.size()).isEqualTo(35);
		assertThat(item(regencies, "33.07").get("name").asString()).isEqualTo("Kabupaten Wonosobo");

		JsonNode districts = this.http.getForObject("/api/v1/regions/33.07/children", JsonNode.class).get("items");
		assertThat(codes(districts)).contains("33.07.06").allMatch((code) -> code.startsWith("33.07."));
		assertThat(item(districts, "33.07.06").get("level").asString()).isEqualTo("DISTRICT");

		JsonNode villages = this.http.getForObject("/api/v1/regions/33.07.06/children", JsonNode.class).get("items");
		assertThat(codes(villages)).contains("33.07.06.2009", "33.07.06.1008").isSorted();
	}

	@Test
	void answersAnEmptyListForTheChildrenOfAVillage() {
		ResponseEntity<JsonNode> response = this.http.getForEntity("/api/v1/regions/33.07.06.2009/children",
				JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody().get("items").size()).isZero();
	}

	@Test
	void answers404ProblemDetailForAnUnknownCode() {
		for (String path : List.of("/api/v1/regions/99.99.99.9999", "/api/v1/regions/99.99/children")) {
			ResponseEntity<JsonNode> response = this.http.getForEntity(path, JsonNode.class);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(response.getBody().get("status").asInt()).isEqualTo(404);
			assertThat(response.getBody().get("detail").asString()).contains("99.99");
		}
	}

	@Test
	void answers400ProblemDetailNamingTheCodeWhenItIsMalformed() {
		for (String path : List.of("/api/v1/regions/33.7", "/api/v1/regions/abc/children",
				"/api/v1/regions/33.07.06.20091")) {
			assertBadRequestNaming(path, "code");
		}
	}

	@Test
	void answers400NamingQWhenTheQueryIsTooShort() {
		assertBadRequestNaming("/api/v1/regions?q=a", "q");
		assertBadRequestNaming("/api/v1/regions?q= a ", "q");
		assertBadRequestNaming("/api/v1/regions?level=VILLAGE", "q");
	}

	@Test
	void answers400NamingTheLevelOrLimitWhenTheyAreInvalid() {
		assertBadRequestNaming("/api/v1/regions?q=pakuncen&level=HAMLET", "level");
		assertBadRequestNaming("/api/v1/regions?q=pakuncen&limit=0", "limit");
		assertBadRequestNaming("/api/v1/regions?q=pakuncen&limit=101", "limit");
		assertBadRequestNaming("/api/v1/regions?q=pakuncen&limit=many", "limit");
	}

	@Test
	void describesTheRegionEndpointsInTheOpenApiDocument() {
		JsonNode paths = this.http.getForObject("/v3/api-docs", JsonNode.class).get("paths");

		assertThat(paths.has("/api/v1/regions")).isTrue();
		assertThat(paths.has("/api/v1/regions/{code}")).isTrue();
		assertThat(paths.has("/api/v1/regions/{code}/children")).isTrue();
		assertThat(paths.get("/api/v1/regions").get("get").get("summary").asString()).isNotBlank();
	}

	private void assertBadRequestNaming(String path, String field) {
		ResponseEntity<JsonNode> response = this.http.getForEntity(path, JsonNode.class);

		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("status").asInt()).isEqualTo(400);
		assertThat(response.getBody().get("errors").get(0).get("field").asString()).as(path).isEqualTo(field);
		assertThat(response.getBody().get("errors").get(0).get("message").asString()).as(path).isNotBlank();
	}

	private static List<String> codes(JsonNode items) {
		List<String> codes = new ArrayList<>();
		items.forEach((item) -> codes.add(item.get("code").asString()));
		return codes;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private static JsonNode item(JsonNode items, String code) {
		for (JsonNode item : items) {
			if (item.get("code").asString().equals(code)) {
				return item;
			}
		}
		throw new AssertionError("no item " + code);
	}

}
