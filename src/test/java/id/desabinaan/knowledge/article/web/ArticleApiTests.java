package id.desabinaan.knowledge.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public articles API, as other channels (SMS, WhatsApp, apps) read it. */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleApiTests {

	@Autowired
	MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	private JsonNode read(String path, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return this.json.readTree(response.getContentAsString());
	}

	private static List<String> slugs(JsonNode list) {
		return list.valueStream().map((node) -> node.path("slug").asString()).toList();
	}

	@Test
	void listsPublishedArticlesFilteredByTopicAudienceAndLanguage() throws Exception {
		assertThat(slugs(read("/api/v1/articles", 200))).contains("paspor-anak", "tanda-bahaya-tppo")
			.doesNotContain("layanan-kanim-wonosobo", "jadwal-layanan-keliling-wonosobo");
		JsonNode passports = read("/api/v1/articles?topic=PASSPORT&lang=en", 200);
		assertThat(passports.valueStream().map((node) -> node.path("topic").asString())).containsOnly("PASSPORT");
		assertThat(passports.valueStream().map((node) -> node.path("language").asString())).containsOnly("en");
		assertThat(slugs(read("/api/v1/articles?audience=HOSTS_OF_FOREIGNERS", 200)))
			.containsExactly("wajib-lapor-orang-asing");
		assertThat(slugs(read("/api/v1/articles?wilayah=33.07.06.2009", 200))).contains("layanan-kanim-wonosobo");
	}

	@Test
	void oneArticleComesWithSanitisedHtmlPlainTextAndItsFacts() throws Exception {
		JsonNode article = read("/api/v1/articles/tempat-minta-bantuan?lang=en", 200);
		assertThat(article.path("title").asString()).isEqualTo("Where to get help");
		assertThat(article.path("html").asString()).contains("<h2>").doesNotContain("<script");
		assertThat(article.path("text").asString()).contains("Police (emergency)", "110");
		assertThat(article.path("sources").isArray()).isTrue();
		assertThat(article.path("validFrom").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(article.path("reviewer").asString()).isNotBlank();
		assertThat(article.path("path").asString()).isEqualTo("/info/tempat-minta-bantuan");
	}

	@Test
	void anUnknownArticleIsAProblem404() throws Exception {
		JsonNode problem = read("/api/v1/articles/tidak-ada", 404);
		assertThat(problem.path("status").asInt()).isEqualTo(404);
	}

	@Test
	void theOpenApiDescriptionNamesTheKnowledgeEndpoints() throws Exception {
		JsonNode api = read("/v3/api-docs", 200);
		assertThat(api.path("paths").has("/api/v1/articles")).isTrue();
		assertThat(api.path("paths").has("/api/v1/articles/{slug}")).isTrue();
		assertThat(api.path("paths").has("/api/v1/search")).isTrue();
	}

}
