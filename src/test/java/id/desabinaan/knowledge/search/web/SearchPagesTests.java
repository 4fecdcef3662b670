package id.desabinaan.knowledge.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.knowledge.article.ArticleFixtures;
import id.desabinaan.shared.CurrentUser;

/** The search page and the search API. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleFixtures fixtures;

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void resultsLinkToTheirPagesWithMarkedWords() throws Exception {
		Document results = page("/cari?q=diperdagangkan");
		assertThat(results.select("#result-count").text()).contains("hasil");
		assertThat(results.select("#search-results a").eachAttr("href")).contains("/info/tanda-bahaya-tppo");
		assertThat(results.select("#search-results mark")).isNotEmpty();
		assertThat(results.select("#q").val()).isEqualTo("diperdagangkan");
	}

	@Test
	void textFromArticlesIsEscapedAroundTheMarks() throws Exception {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", true);
		String word = ArticleFixtures.unique("zaman").replace("-", "");
		this.fixtures.published(author, reviewer, null, ArticleFixtures.content("Judul " + word, "Title " + word,
				"Awas <b onmouseover=alert(1)>" + word + "</b> <script>alert(2)</script>", "Text"));
		MockHttpServletResponse response = this.mvc.perform(get("/cari").param("q", word)).andReturn().getResponse();
		String html = response.getContentAsString();
		Document results = Jsoup.parse(html);
		assertThat(results.select("#search-results b, #search-results script")).isEmpty();
		assertThat(html).contains("&lt;b onmouseover=alert(1)&gt;").doesNotContain("<script>alert(2)");
		assertThat(results.select("#search-results .search-snippet mark").eachText()).contains(word);
	}

	@Test
	void anEmptySearchShowsTheFormOnly() throws Exception {
		Document empty = page("/cari");
		assertThat(empty.select("#search-results, #result-count")).isEmpty();
		assertThat(empty.select("form[action=/cari] #q")).hasSize(1);
		Document nothing = page("/cari?q=xqzvwj");
		assertThat(nothing.select("#result-count").text()).contains("Tidak ada hasil");
	}

	@Test
	void theEnglishPageSearchesEnglishTexts() throws Exception {
		Document results = page("/cari?q=trafficking&lang=en");
		assertThat(results.select("#search-results a").eachAttr("href")).contains("/info/tanda-bahaya-tppo");
		assertThat(results.select("#result-count").text()).contains("result");
	}

	@Test
	void theApiAnswersWithPlainTextAndHighlights() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(
					get("/api/v1/search").param("q", "pedagang").param("limit", "5").accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode answer = JsonMapper.builder().build().readTree(response.getContentAsString());
		assertThat(answer.path("language").asString()).isEqualTo("id");
		assertThat(answer.path("total").asLong()).isPositive();
		assertThat(answer.path("results").size()).isLessThanOrEqualTo(5);
		JsonNode first = answer.path("results").get(0);
		assertThat(first.path("path").asString()).startsWith("/");
		assertThat(first.path("highlights").valueStream().anyMatch((f) -> f.path("match").asBoolean())).isTrue();
		assertThat(first.path("snippet").asString()).doesNotContain("\u0002");
	}

	@Test
	void theApiIncludesLocalArticlesOfARegion() throws Exception {
		String withArea = this.mvc
			.perform(get("/api/v1/search").param("q", "jam layanan")
				.param("wilayah", "33.07.06.2009")
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withArea).contains("layanan-kanim-wonosobo");
		String without = this.mvc
			.perform(get("/api/v1/search").param("q", "jam layanan").accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(without).doesNotContain("layanan-kanim-wonosobo");
	}

}
