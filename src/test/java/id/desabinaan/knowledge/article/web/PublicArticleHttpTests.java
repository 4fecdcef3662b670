package id.desabinaan.knowledge.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.desabinaan.knowledge.article.ArticleFixtures;
import id.desabinaan.knowledge.article.ArticleService;
import id.desabinaan.shared.CurrentUser;

/**
 * The public knowledge pages over real HTTP: caching headers and 304 answers, and the
 * transfer budget of a resident's phone (HTML and CSS under 30 KB compressed, no script
 * needed).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class PublicArticleHttpTests {

	private static final int BUDGET_BYTES = 30 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	ArticleFixtures fixtures;

	@Autowired
	ArticleService articles;

	private final HttpClient client = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/info/paspor-anak", "/info", "/info?wilayah=33.07.06.2009" })
	void unchangedPagesAnswer304ToTheirEtag(String path) throws Exception {
		HttpResponse<String> first = get(path);
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

		HttpResponse<String> again = get(path, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		HttpResponse<String> since = get(path, "If-Modified-Since",
				first.headers().firstValue("Last-Modified").orElseThrow());
		assertThat(since.statusCode()).isEqualTo(304);
	}

	@Test
	void anotherLanguageIsAnotherEtag() throws Exception {
		String indonesian = get("/info/paspor-anak").headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> english = get("/info/paspor-anak?lang=en", "If-None-Match", indonesian);
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("A passport for a child");
	}

	@Test
	void aNewPublishedVersionChangesTheEtag() throws Exception {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", true);
		String slug = this.fixtures.published(author, reviewer, null, ArticleFixtures.content("etag"));
		String path = "/info/" + slug;
		String etag = get(path).headers().firstValue("ETag").orElseThrow();
		String indexEtag = get("/info").headers().firstValue("ETag").orElseThrow();
		this.articles.startDraft(author, slug);
		this.articles.saveDraft(author, slug, ArticleFixtures.content("etag baru"));
		assertThat(get(path, "If-None-Match", etag).statusCode()).as("a draft changes nothing public").isEqualTo(304);
		this.articles.submit(author, slug);
		this.articles.publish(reviewer, slug);
		HttpResponse<String> changed = get(path, "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("Judul etag baru");
		assertThat(get("/info", "If-None-Match", indexEtag).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/info", "/info/tanda-bahaya-tppo", "/info/tempat-minta-bantuan",
			"/info/jalur-resmi-pekerja-migran", "/cari?q=perdagangan", "/cari?q=paspor&wilayah=33.07.06.2009" })
	void publicPagesStayUnder30KilobytesCompressedAndNeedNoScript(String path) throws Exception {
		HttpResponse<byte[]> html = gzipped(path);
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Encoding")).hasValue("gzip");
		long total = html.body().length;
		Document page = Jsoup.parse(gunzip(html.body()));
		for (String href : page.select("link[rel=stylesheet]").eachAttr("href")) {
			total += gzipped(href).body().length;
		}
		assertThat(total).as("bytes of %s", path).isLessThan(BUDGET_BYTES);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("script[src]")).allMatch((script) -> script.hasAttr("defer"));
		assertThat(page.select("main h1")).hasSize(1);
		assertThat(page.select("[style]")).isEmpty();
	}

	private HttpResponse<byte[]> gzipped(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String gunzip(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
