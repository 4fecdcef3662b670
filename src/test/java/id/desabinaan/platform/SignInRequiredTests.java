package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff pages ask anonymous visitors to sign in; an address that does not exist is "not
 * found" for them too, not a sign-in form (residents follow old links from posters and
 * chats).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class SignInRequiredTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void staffHomeRedirectsAnonymousVisitorsToSignIn() throws Exception {
		HttpResponse<String> response = get("/app");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).isEqualTo("/masuk"));
	}

	@Test
	void unknownAddressIsNotFoundForAnonymousVisitors() throws Exception {
		HttpResponse<String> response = get("/poster-lama/2019");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void unknownStaffAddressIsNotFoundEither() throws Exception {
		assertThat(get("/app/tidak-ada").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
