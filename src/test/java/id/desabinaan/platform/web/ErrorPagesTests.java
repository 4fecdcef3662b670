package id.desabinaan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.http.HttpEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * People get translated error pages (400, 403, 404, 500) without a stack trace; programs
 * get RFC 9457 ProblemDetail from the JSON API. Over real HTTP, so that the servlet
 * container's error dispatch is part of the test.
 *
 * <p>
 * The 400 and 500 cases need a page that fails: a test-only controller under
 * {@code /uji/...} (page) and {@code /api/v1/uji/...} (API), opened to anonymous visitors
 * by a test-only filter chain. The 403 page for a signed-in user without the right role
 * is covered by the role matrix once accounts exist; here a 403 comes from a form post
 * without its CSRF token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ErrorPagesTests {

	private static final String SECRET = "internal detail that must not leak";

	@Autowired
	TestRestTemplate http;

	@Autowired
	MessageSource messages;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void unknownPageIsATranslatedIndonesian404() {
		ResponseEntity<String> response = page("/halaman-yang-tidak-ada", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertErrorPage(response, "id", "Halaman tidak ditemukan");
	}

	@Test
	void unknownPageIsInEnglishWithLangParameter() {
		ResponseEntity<String> response = page("/halaman-yang-tidak-ada?lang=en", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertErrorPage(response, "en", "Page not found");
	}

	@Test
	void unknownPageIsInEnglishWithLanguageCookie() {
		ResponseEntity<String> response = page("/halaman-yang-tidak-ada", "lang=en");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertErrorPage(response, "en", "Page not found");
	}

	@Test
	void badRequestIsATranslated400Page() {
		ResponseEntity<String> response = page("/uji/angka/bukan-angka", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertErrorPage(response, "id", "Permintaan tidak valid");

		ResponseEntity<String> english = page("/uji/angka/bukan-angka", "lang=en");
		assertErrorPage(english, "en", "Bad request");
	}

	@Test
	void aFormBeyondTheServersPartLimitIsRefusedWith413NotAnError() {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		for (int i = 0; i < 450; i++) {
			parts.add("field" + i, "x");
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> response = this.http.postForEntity("/uji/formulir", new HttpEntity<>(parts, headers),
				String.class);
		// Tomcat refuses it while reading the request, before any page is chosen
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(String.valueOf(response.getBody())).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void unexpectedErrorIsATranslated500PageWithoutDetails() {
		ResponseEntity<String> response = page("/uji/galat", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertErrorPage(response, "id", "Terjadi kesalahan");

		ResponseEntity<String> english = page("/uji/galat", "lang=en");
		assertErrorPage(english, "en", "Something went wrong");
	}

	@Test
	void formPostWithoutCsrfTokenIsATranslated403Page() {
		RequestEntity<String> post = RequestEntity.post("/masuk")
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("username=someone&password=Salah-sandi-123");
		ResponseEntity<String> response = this.http.exchange(post, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertErrorPage(response, "id", "Akses ditolak");

		RequestEntity<String> english = RequestEntity.post("/masuk")
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.COOKIE, "lang=en")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("username=someone&password=Salah-sandi-123");
		assertErrorPage(this.http.exchange(english, String.class), "en", "Access denied");
	}

	@Test
	void unknownApiPathAnswersProblemDetail() {
		ResponseEntity<String> response = api("/api/v1/uji/tidak-ada", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		JsonNode problem = problem(response);
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("title").asString()).isEqualTo("Halaman tidak ditemukan");

		JsonNode english = problem(api("/api/v1/uji/tidak-ada", "lang=en"));
		assertThat(english.get("title").asString()).isEqualTo("Page not found");
	}

	@Test
	void apiPathThatNeedsSignInAnswersProblemDetail() {
		ResponseEntity<String> response = api("/api/v1/tidak-ada", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(problem(response).get("status").asInt()).isEqualTo(401);
	}

	@Test
	void apiTypeMismatchAnswers400ProblemDetail() {
		ResponseEntity<String> response = api("/api/v1/uji/angka/bukan-angka", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem(response).get("status").asInt()).isEqualTo(400);
	}

	@Test
	void unexpectedApiErrorAnswers500ProblemDetailWithoutDetails() {
		ResponseEntity<String> response = api("/api/v1/uji/galat", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		JsonNode problem = problem(response);
		assertThat(problem.get("title").asString()).isEqualTo("Terjadi kesalahan");
		assertThat(response.getBody()).doesNotContain(SECRET).doesNotContain("Exception").doesNotContain("trace");
	}

	@Test
	void everyErrorStatusHasATitleAndDetailInBothLanguages() {
		for (int status = 400; status < 600; status++) {
			String key = ErrorPages.key(status);
			for (Locale locale : new Locale[] { Locale.forLanguageTag("id"), Locale.ENGLISH }) {
				assertThat(this.messages.getMessage("error." + key + ".title", null, locale)).isNotBlank();
				assertThat(this.messages.getMessage("error." + key + ".detail", null, locale)).isNotBlank();
			}
		}
	}

	private ResponseEntity<String> page(String path, String cookie) {
		RequestEntity.HeadersBuilder<?> request = RequestEntity.get(path).accept(MediaType.TEXT_HTML);
		if (cookie != null) {
			request.header(HttpHeaders.COOKIE, cookie);
		}
		return this.http.exchange(request.build(), String.class);
	}

	private ResponseEntity<String> api(String path, String cookie) {
		RequestEntity.HeadersBuilder<?> request = RequestEntity.get(path).accept(MediaType.APPLICATION_JSON);
		if (cookie != null) {
			request.header(HttpHeaders.COOKIE, cookie);
		}
		return this.http.exchange(request.build(), String.class);
	}

	private JsonNode problem(ResponseEntity<String> response) {
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("content type of %s", response.getBody())
			.isTrue();
		return this.json.readTree(response.getBody());
	}

	private static void assertErrorPage(ResponseEntity<String> response, String language, String heading) {
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		String body = response.getBody();
		Document page = Jsoup.parse(body);
		assertThat(page.select("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("h1").text()).isEqualTo(heading);
		assertThat(page.title()).isEqualTo(heading);
		assertThat(page.select("header a[hreflang]")).as("the shared layout with its language switch").hasSize(2);
		assertThat(body).doesNotContain(SECRET)
			.doesNotContain("Exception")
			.doesNotContain("at id.desabinaan")
			.doesNotContain("Whitelabel")
			.doesNotContainIgnoringCase("stack");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPages {

		/** Opens the test-only addresses to anonymous visitors. */
		@Bean
		@Order(0)
		SecurityFilterChain failingPagesChain(HttpSecurity http) throws Exception {
			http.securityMatcher("/uji/**", "/api/v1/uji/**")
				.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll())
				.csrf((csrf) -> csrf.ignoringRequestMatchers("/uji/**"));
			return http.build();
		}

		@Bean
		FailingPageController failingPageController() {
			return new FailingPageController();
		}

		@Bean
		FailingApiController failingApiController() {
			return new FailingApiController();
		}

	}

	@Controller
	static class FailingPageController {

		@GetMapping("/uji/angka/{number}")
		String number(@PathVariable int number) {
			return "home";
		}

		@PostMapping("/uji/formulir")
		String form(@RequestParam(required = false) String name) {
			return "home";
		}

		@GetMapping("/uji/galat")
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

	@RestController
	static class FailingApiController {

		@GetMapping("/api/v1/uji/angka/{number}")
		int number(@PathVariable int number) {
			return number;
		}

		@GetMapping("/api/v1/uji/galat")
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

}
