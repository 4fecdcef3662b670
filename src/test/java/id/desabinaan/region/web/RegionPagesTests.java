package id.desabinaan.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class RegionPagesTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void searchPageFindsTheFiveVillagesNamedPakuncenWithTheirPaths() {
		ResponseEntity<String> page = page("/wilayah?q=pakuncen");

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("href=\"/wilayah/33.07.06.2009\"", "href=\"/wilayah/33.03.09.2008\"",
				"href=\"/wilayah/34.71.07.1001\"", "href=\"/wilayah/35.18.09.2008\"", "href=\"/wilayah/36.04.07.2009\"")
			.contains("Selomerto, Kabupaten Wonosobo, Jawa Tengah")
			.contains("5 wilayah untuk &quot;pakuncen&quot;");
	}

	@Test
	void searchPageFiltersByLevelAndAsksForTwoCharacters() {
		assertThat(page("/wilayah?q=wonosobo&level=REGENCY").getBody()).contains("href=\"/wilayah/33.07\"")
			.doesNotContain("href=\"/wilayah/33.07.06.2009\"");
		ResponseEntity<String> tooShort = page("/wilayah?q=a");
		assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(tooShort.getBody()).contains("id=\"q-error\"", "Ketik paling sedikit 2 huruf");
	}

	@Test
	void searchPageSpeaksEnglishWhenAsked() {
		assertThat(page("/wilayah?q=pakuncen&lang=en").getBody()).contains("5 regions for &quot;pakuncen&quot;",
				"Village (desa)", "Urban village (kelurahan)");
	}

	@Test
	void regionPageShowsTheVillageWithItsPathAndTheOfficeLink() {
		ResponseEntity<String> page = page("/wilayah/33.07.06.2009");

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		String html = page.getBody();
		assertThat(html).contains("<h1>Pakuncen</h1>", "33.07.06.2009", "Desa");
		String path = html.substring(html.indexOf("id=\"region-path\""));
		assertThat(path).containsSubsequence("href=\"/wilayah/33.07.06\">Selomerto<",
				"href=\"/wilayah/33.07\">Kabupaten Wonosobo<", "href=\"/wilayah/33\">Jawa Tengah<");
		assertThat(html).contains("href=\"/kantor?wilayah=33.07.06.2009\"");
	}

	@Test
	void searchPageSaysWhenOnlyTheFirstResultsAreShown() {
		assertThat(page("/wilayah?q=sari").getBody()).contains("Hanya 50 hasil pertama yang ditampilkan")
			.contains("50 wilayah untuk");
	}

	@Test
	void regionPageListsChildrenWithLinksDown() {
		assertThat(page("/wilayah/33.07.06").getBody()).contains("href=\"/wilayah/33.07.06.2009\"",
				"href=\"/wilayah/33.07.06.1008\"", "Kelurahan");
		assertThat(page("/wilayah/33").getBody()).contains("href=\"/wilayah/33.07\"", "Kabupaten/kota (35)");
	}

	@Test
	void regionPageAnswers400ForAMalformedCodeAnd404ForAnUnknownOne() {
		ResponseEntity<String> malformed = page("/wilayah/33.7");
		assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(malformed.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(malformed.getBody()).contains("Permintaan tidak valid").doesNotContain("Exception");

		ResponseEntity<String> unknown = page("/wilayah/99.99.99.9999");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(unknown.getBody()).contains("<h1>").doesNotContain("Exception");
	}

	@Test
	void pickerWithoutJavaScriptOffersRadioButtonsForAnAmbiguousNameAndKeepsTheText() {
		ResponseEntity<String> page = page("/wilayah?wilayahQuery=Pakuncen&wilayah=");

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("name=\"wilayahQuery\"", "value=\"Pakuncen\"", "id=\"wilayah-error\"")
			.contains("type=\"radio\" name=\"wilayah\" value=\"33.07.06.2009\"")
			.contains("type=\"radio\" name=\"wilayah\" value=\"36.04.07.2009\"");
	}

	@Test
	void pickerWithoutJavaScriptOpensTheChosenOrTheOnlyRegion() {
		TestRestTemplate noRedirects = this.http.withRedirects(HttpRedirects.DONT_FOLLOW);
		for (String query : List.of("wilayahQuery=Pakuncen&wilayah=33.07.06.2009", "wilayahQuery=Pakuncen, Selomerto",
				"wilayahQuery=33.07.06.2009")) {
			ResponseEntity<String> response = noRedirects.getForEntity("/wilayah?" + query, String.class);

			assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.FOUND);
			assertThat(response.getHeaders().getLocation().getPath()).as(query).isEqualTo("/wilayah/33.07.06.2009");
		}
	}

	@Test
	void pickerTypeAheadAnswersTheChoicesFragment() {
		ResponseEntity<String> fragment = page("/wilayah/pilih?name=village&level=VILLAGE&villageQuery=pakunc");

		assertThat(fragment.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(fragment.getBody()).doesNotContain("<html", "<main")
			.contains("type=\"radio\" name=\"village\" value=\"33.07.06.2009\"")
			.contains("Selomerto, Kabupaten Wonosobo, Jawa Tengah");
		assertThat(page("/wilayah/pilih?name=village&villageQuery=qwxzzy").getBody())
			.contains("Tidak ada wilayah yang namanya memuat");
		assertThat(page("/wilayah/pilih?name=bad<name&q=pakuncen").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page("/wilayah/pilih?q=pakuncen").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page("/wilayah?q=pakuncen&level=HAMLET").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void pickerFieldCarriesTheHtmxTypeAheadAttributes() {
		String html = page("/wilayah").getBody();

		assertThat(html).contains("hx-get=\"/wilayah/pilih?name=wilayah\"",
				"hx-trigger=\"input changed delay:300ms, keyup changed delay:300ms\"", "hx-target=\"#wilayah-choices\"",
				"id=\"wilayah-choices\"");
	}

	private ResponseEntity<String> page(String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
