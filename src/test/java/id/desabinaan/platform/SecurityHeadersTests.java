package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * Every response carries the security headers: a Content-Security-Policy that allows no
 * inline script and no framing, nosniff, a referrer policy and frame denial, on pages,
 * the API, error pages, static files and operations endpoints alike.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class SecurityHeadersTests {

	@Autowired
	TestRestTemplate http;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/tentang", "/?lang=en", "/halaman-yang-tidak-ada", "/app", "/css/app.css",
			"/v3/api-docs", "/api/v1/tidak-ada", "/actuator/health", "/actuator/prometheus" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		ResponseEntity<String> response = this.http
			.exchange(RequestEntity.get(path).accept(MediaType.TEXT_HTML, MediaType.ALL).build(), String.class);
		HttpHeaders headers = response.getHeaders();

		String policy = headers.getFirst("Content-Security-Policy");
		assertThat(policy).as("Content-Security-Policy of %s (%s)", path, response.getStatusCode()).isNotNull();
		Map<String, String> directives = directives(policy);
		String scripts = directives.getOrDefault("script-src", directives.get("default-src"));
		assertThat(scripts).as("script-src")
			.isNotNull()
			.doesNotContain("'unsafe-inline'")
			.doesNotContain("'unsafe-eval'");
		String styles = directives.getOrDefault("style-src", directives.get("default-src"));
		assertThat(styles).as("style-src").isNotNull().doesNotContain("'unsafe-inline'");
		assertThat(directives.get("frame-ancestors")).isEqualTo("'none'");
		assertThat(directives.get("object-src")).isEqualTo("'none'");

		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Referrer-Policy")).isIn("same-origin", "strict-origin-when-cross-origin",
				"no-referrer", "strict-origin");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
	}

	private static Map<String, String> directives(String policy) {
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter((directive) -> !directive.isEmpty())
			.collect(Collectors.toMap((directive) -> directive.split("\\s+", 2)[0],
					(directive) -> (directive.contains(" ") ? directive.split("\\s+", 2)[1] : ""), (a, b) -> a));
	}

}
