package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * Forms are protected against cross-site request forgery: a post without the token the
 * form carries is refused, even to the public sign-in and sign-out addresses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class CsrfTests {

	@Autowired
	TestRestTemplate http;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/masuk", "/keluar", "/app" })
	void postWithoutCsrfTokenIsRefused(String path) {
		ResponseEntity<String> response = this.http.exchange(RequestEntity.post(path)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("username=someone&password=Salah-sandi-123"), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/masuk", "/keluar" })
	void postWithAForgedCsrfTokenIsRefused(String path) {
		ResponseEntity<String> response = this.http.exchange(RequestEntity.post(path)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("_csrf=forged-token&username=someone&password=Salah-sandi-123"), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}
