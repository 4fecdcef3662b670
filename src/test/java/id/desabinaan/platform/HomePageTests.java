package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public home page is for residents on cheap phones and slow connections: it is
 * rendered on the server (everything is in the HTML, no script needed) and small.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class HomePageTests {

	/** Budget for the compressed HTML and CSS of the home page. */
	private static final int BUDGET_BYTES = 30 * 1024;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void homePageContentIsInTheHtmlWithoutJavaScript() throws Exception {
		HttpResponse<String> response = this.client.send(request("/").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("main h1").text()).isEqualTo("Informasi dan perlindungan imigrasi untuk desa");
		assertThat(page.select("main .card h2").eachText()).containsExactly("Layanan", "Pengetahuan", "Keamanan");
		assertThat(page.select("header a[hreflang=en]").attr("href")).isEqualTo("/?lang=en");
		assertThat(page.select("a[href=/masuk]")).isNotEmpty();
		for (Element script : page.select("script")) {
			assertThat(script.hasAttr("src")).as("no inline script").isTrue();
			assertThat(script.hasAttr("defer") || script.hasAttr("async")).as("scripts never block rendering").isTrue();
		}
		assertThat(page.select("[style]")).as("no inline styles (CSP)").isEmpty();
		assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
	}

	@Test
	void homePageHtmlAndCssStayUnder30KilobytesCompressed() throws Exception {
		HttpResponse<byte[]> html = gzipped("/");
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Encoding")).as("HTML is compressed").hasValue("gzip");
		List<String> transferred = new ArrayList<>(List.of("/ " + html.body().length));
		long total = html.body().length;
		Document page = Jsoup.parse(gunzip(html.body()));
		List<String> stylesheets = page.select("link[rel=stylesheet]").eachAttr("href");
		assertThat(stylesheets).isNotEmpty();
		for (String href : stylesheets) {
			HttpResponse<byte[]> css = gzipped(href);
			assertThat(css.statusCode()).isEqualTo(200);
			total += css.body().length;
			transferred.add(href + " " + css.body().length);
		}
		assertThat(total).as("bytes transferred for %s", transferred).isLessThan(BUDGET_BYTES);
	}

	private static String gunzip(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private HttpResponse<byte[]> gzipped(String path) throws IOException, InterruptedException {
		return this.client.send(request(path).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

	@Test
	void servesStaticFilesOnlyUnderTheirOwnPrefixes() throws Exception {
		HttpResponse<String> htmx = this.client.send(request("/webjars/htmx.org/dist/htmx.min.js").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(htmx.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("javascript"));
		HttpResponse<String> rootLevel = this.client.send(request("/app.css").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(rootLevel.statusCode()).as("no catch-all static mapping").isEqualTo(404);
	}

}
