package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;

/**
 * Bahasa Indonesia is the default; {@code ?lang=en} (the visible switch) changes the
 * language and a {@code lang} cookie remembers it; {@code <html lang>} always says which
 * language the page is in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class LanguageTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void homePageIsInIndonesianByDefault() {
		Document page = Jsoup.parse(get("/", null, null).getBody());
		assertThat(page.select("html").attr("lang")).isEqualTo("id");
		assertThat(page.select("h1").text()).isEqualTo("Informasi dan perlindungan imigrasi untuk desa");
	}

	@Test
	void indonesianStaysTheDefaultWhenTheBrowserPrefersEnglish() {
		Document page = Jsoup.parse(get("/", null, "en-US,en;q=0.9").getBody());
		assertThat(page.select("html").attr("lang")).isEqualTo("id");
	}

	@Test
	void langParameterSwitchesToEnglishAndSetsTheCookie() {
		ResponseEntity<String> response = get("/?lang=en", null, null);
		Document page = Jsoup.parse(response.getBody());
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo("Immigration information and protection for villages");
		ResponseCookie cookie = langCookie(response);
		assertThat(cookie.getValue()).isEqualTo("en");
		assertThat(cookie.getMaxAge().toDays()).isGreaterThanOrEqualTo(365);
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getPath()).isEqualTo("/");
	}

	@Test
	void languageCookieIsRememberedOnTheNextPage() {
		Document page = Jsoup.parse(get("/tentang", "lang=en", null).getBody());
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo("About Desa Binaan Imigrasi");
	}

	@Test
	void switchingBackToIndonesianReplacesTheCookie() {
		ResponseEntity<String> response = get("/tentang?lang=id", "lang=en", null);
		assertThat(Jsoup.parse(response.getBody()).select("html").attr("lang")).isEqualTo("id");
		assertThat(langCookie(response).getValue()).isEqualTo("id");
	}

	@Test
	void unsupportedLanguageFallsBackToIndonesian() {
		ResponseEntity<String> response = get("/?lang=fr", null, null);
		assertThat(Jsoup.parse(response.getBody()).select("html").attr("lang")).isEqualTo("id");
		Document next = Jsoup.parse(get("/tentang", "lang=fr", null).getBody());
		assertThat(next.select("html").attr("lang")).isEqualTo("id");
		assertThat(next.select("h1").text()).isEqualTo("Tentang Desa Binaan Imigrasi");
	}

	@Test
	void everyPageOffersTheSwitchToTheSamePageInTheOtherLanguage() {
		Document page = Jsoup.parse(get("/tentang", null, null).getBody());
		assertThat(page.select("header a[hreflang=en]").attr("href")).isEqualTo("/tentang?lang=en");
		assertThat(page.select("header a[hreflang=id]").attr("href")).isEqualTo("/tentang?lang=id");
		assertThat(page.select("header a[hreflang=id]").attr("aria-current")).isEqualTo("true");
	}

	@Test
	void languageSwitchKeepsTheSearchOnScreen() {
		Document page = Jsoup.parse(get("/wilayah?q=pakuncen&lang=id", null, null).getBody());
		assertThat(page.select("header a[hreflang=en]").attr("href")).isEqualTo("/wilayah?q=pakuncen&lang=en");
		assertThat(page.select("header a[hreflang=id]").attr("href")).isEqualTo("/wilayah?q=pakuncen&lang=id");
	}

	private ResponseEntity<String> get(String path, String cookie, String acceptLanguage) {
		RequestEntity.HeadersBuilder<?> request = RequestEntity.get(path).accept(MediaType.TEXT_HTML);
		if (cookie != null) {
			request.header(HttpHeaders.COOKIE, cookie);
		}
		if (acceptLanguage != null) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		}
		ResponseEntity<String> response = this.http.exchange(request.build(), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response;
	}

	private static ResponseCookie langCookie(ResponseEntity<String> response) {
		List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		return cookies.stream()
			.map(LanguageTests::parseCookie)
			.filter((cookie) -> cookie.getName().equals("lang"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no lang cookie in " + cookies));
	}

	private static ResponseCookie parseCookie(String header) {
		String[] parts = header.split(";");
		String[] nameValue = parts[0].split("=", 2);
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(nameValue[0].strip(), nameValue[1].strip());
		for (int i = 1; i < parts.length; i++) {
			String[] attribute = parts[i].strip().split("=", 2);
			switch (attribute[0].toLowerCase()) {
				case "max-age" -> cookie.maxAge(Long.parseLong(attribute[1]));
				case "path" -> cookie.path(attribute[1]);
				case "httponly" -> cookie.httpOnly(true);
				case "samesite" -> cookie.sameSite(attribute[1]);
				default -> {
				}
			}
		}
		return cookie.build();
	}

}
