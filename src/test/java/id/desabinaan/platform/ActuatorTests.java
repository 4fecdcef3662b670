package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * Operations endpoints under {@code /actuator}: health is public (load balancers and
 * uptime checks), metrics and everything else need a SYSTEM_ADMIN by HTTP basic.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ActuatorTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void healthIsPublicAndUp() {
		ResponseEntity<String> response = this.http
			.exchange(RequestEntity.get("/actuator/health").accept(MediaType.APPLICATION_JSON).build(), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"status\":\"UP\"");
	}

	@Test
	void livenessAndReadinessProbesArePublic() {
		assertThat(this.http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(this.http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void prometheusMetricsAskAnonymousCallersForBasicCredentials() {
		ResponseEntity<String> response = this.http.getForEntity("/actuator/prometheus", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		assertThat(response.getBody()).doesNotContain("jvm_memory");
	}

	@Test
	void prometheusMetricsRefuseUnknownCredentials() {
		ResponseEntity<String> response = this.http.withBasicAuth("nobody", "Not-a-password-123!")
			.getForEntity("/actuator/prometheus", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getBody()).doesNotContain("jvm_memory");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump" })
	void otherOperationsEndpointsAreNotPublic(String path) {
		ResponseEntity<String> response = this.http.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).doesNotContain("spring.datasource").doesNotContain("_links");
	}

}
