package id.desabinaan.earlywarning.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class IntakeRateLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	IntakeRateLimiter limiter;

	@Test
	void oneClientIsStoppedAtItsLimitWhileOthersStillPass() {
		IntakeRateLimiter small = new IntakeRateLimiter(
				new RateLimitProperties(true, 3, Duration.ofMinutes(10), 100, Duration.ofMinutes(10), 100));
		assertThat(small.tryPass("10.0.0.1")).isTrue();
		assertThat(small.tryPass("10.0.0.1")).isTrue();
		assertThat(small.tryPass("10.0.0.1")).isTrue();
		assertThat(small.tryPass("10.0.0.1")).isFalse();
		assertThat(small.tryPass("10.0.0.2")).isTrue();
	}

	@Test
	void aFloodFromManyClientsIsStoppedByTheGlobalLimit() {
		IntakeRateLimiter small = new IntakeRateLimiter(
				new RateLimitProperties(true, 3, Duration.ofMinutes(10), 5, Duration.ofMinutes(10), 100));
		for (int i = 1; i <= 5; i++) {
			assertThat(small.tryPass("10.0.1." + i)).isTrue();
		}
		assertThat(small.tryPass("10.0.1.6")).isFalse();
		assertThat(small.tryPass("10.0.1.7")).isFalse();
	}

	@Test
	void aFloodOfThePublicFormIsRefusedWithATranslatedPageWhileStaffPagesKeepWorking() {
		IntakeHttp http = new IntakeHttp(this.port);
		RateLimitProperties normal = this.limiter.properties();
		this.limiter
			.configure(new RateLimitProperties(true, 5, Duration.ofMinutes(10), 1000, Duration.ofMinutes(10), 100));
		try {
			int refused = 0;
			HttpResponse<String> last = null;
			for (int i = 0; i < 12; i++) {
				last = http.get("/lapor?kategori=RECRUITER", "Accept", "text/html");
				refused += (last.statusCode() == 429) ? 1 : 0;
			}
			assertThat(refused).isEqualTo(7);
			assertThat(last.body()).contains("Terlalu banyak permintaan");
			assertThat(http.get("/lapor/status?lang=en", "Accept", "text/html").body()).contains("Too many requests");
			HttpResponse<String> api = http.postJson("/api/v1/reports", "{}");
			assertThat(api.statusCode()).isEqualTo(429);
			assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("json");
			// staff pages and other public pages are not limited
			assertThat(http.get("/masuk", "Accept", "text/html").statusCode()).isEqualTo(200);
			HttpResponse<String> staff = http.get("/app/laporan/baru", "Accept", "text/html");
			assertThat(staff.statusCode()).isEqualTo(302);
			assertThat(staff.headers().firstValue("Location").orElse("")).endsWith("/masuk");
			assertThat(http.get("/cek-lowongan", "Accept", "text/html").statusCode()).isEqualTo(200);
		}
		finally {
			this.limiter.configure(normal);
		}
	}

}
