package id.desabinaan.knowledge.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.desabinaan.knowledge.SiteSearch;
import id.desabinaan.knowledge.SiteSearch.Hit;
import id.desabinaan.knowledge.SiteSearch.Results;

/**
 * The site search finds the wizard's answers as well as articles and offices: a resident
 * who types what he needs lands on the result for his case, with its documents.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AnswerSearchTests {

	@LocalServerPort
	int port;

	@Autowired
	SiteSearch search;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aLostPassportSearchFindsTheWizardsAnswerForALostPassport() {
		Results results = this.search.search(new SiteSearch.Query("syarat paspor hilang", "id", null, 50));

		Hit answer = results.hits()
			.stream()
			.filter((hit) -> hit.kind().equals("answer") && hit.key().equals("LOST"))
			.findFirst()
			.orElseThrow();
		assertThat(answer.titleText()).isEqualTo("Penggantian paspor yang hilang: syarat dokumen dan biaya paspor");
		assertThat(answer.path()).isEqualTo(
				"/paspor/syarat?type=LOST&under17=false&married=false&electronic=true&validity=10&sameDay=false");
	}

	@Test
	void theDocumentsOfAnAnswerAreSearchedWithStemming() {
		Results results = this.search.search(new SiteSearch.Query("keterangan kehilangan kepolisian", "id", null, 50));

		assertThat(results.hits()).anyMatch((hit) -> hit.kind().equals("answer") && hit.key().equals("LOST"));
		assertThat(results.hits()).noneMatch((hit) -> hit.kind().equals("answer") && hit.key().equals("FIRST"));
	}

	@Test
	void aChildsAnswerIsFoundInEnglishAndLinksToTheEnglishResult() {
		Results results = this.search.search(new SiteSearch.Query("child passport birth certificate", "en", null, 50));

		Hit child = results.hits()
			.stream()
			.filter((hit) -> hit.kind().equals("answer") && hit.key().equals("FIRST-CHILD"))
			.findFirst()
			.orElseThrow();
		assertThat(child.path()).endsWith("&lang=en").contains("under17=true", "validity=5");
	}

	@Test
	void theSearchPageNamesAnAnswerAsSuchAndItsLinkOpensTheResult() throws Exception {
		Document page = page("/cari?q=paspor+rusak");
		Element answer = page.select("a[href^=/paspor/syarat?type=DAMAGED]").first();

		assertThat(answer).isNotNull();
		assertThat(page.text()).contains("Jawaban: syarat dan biaya paspor");
		Document result = page(answer.attr("href"));
		assertThat(result.select("#documents li").eachText()).contains("Paspor yang rusak");
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
