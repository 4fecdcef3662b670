package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reading a public page leaves no trace on the server: no HTTP session, no session
 * cookie. Residents are not tracked, and a flood of page views costs no session memory.
 * Only the language choice, when made, is remembered in a cookie of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AnonymousVisitTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/tentang", "/?lang=en", "/wilayah?q=pakuncen", "/wilayah/33.07.06.2009",
			"/wilayah?wilayahQuery=pakuncen", "/kantor", "/kantor?wilayah=33.07.06.2009", "/kantor/KANIM-WONOSOBO",
			"/desa", "/desa?province=33&regency=33.07", "/desa/33.07.06.2009", "/verifikasi/ABCDEFGHJKMNPQRSTUVWXYZ2",
			"/api/v1/villages", "/api/v1/villages/33.07.06.2009", "/api/v1/regions?q=pakuncen", "/api/v1/offices",
			"/halaman-yang-tidak-ada",
			// branch officers
			"/api/v1/villages/33.07.06.2009/designations", "/api/v1/appointments?village=33.07.06.2009",
			// branch outreach
			"/api/v1/activities", "/api/v1/activities?village=33.07.06.2009",
			"/api/v1/activities?from=2024-03-01&to=2024-03-31", "/api/v1/activities/999999999" })
	void publicPagesCreateNoSession(String path) throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isIn(200, 404);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
	}

}
