package id.desabinaan.knowledge.wizard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.desabinaan.office.OfficeContact;
import id.desabinaan.office.OfficeDirectory;

/**
 * The wizard result tells a resident who gave his region where to go: the serving
 * office's name, address and phone (from the office module), on the page and in the
 * WhatsApp text; without a region both point to the office list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class WizardOfficeContactTests {

	static final String ANSWERS = "/paspor/syarat?type=REPLACEMENT&under17=false&married=true&electronic=true&validity=10&sameDay=false";

	@LocalServerPort
	int port;

	@Value("${desabinaan.public-base-url}")
	String baseUrl;

	@Autowired
	OfficeDirectory offices;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aResidentWhoGaveHisVillageSeesTheServingOfficesAddressAndPhone() throws Exception {
		OfficeContact contact = wonosobo();
		Document page = page(ANSWERS + "&wilayah=33.07.06.2009");

		assertThat(page.select("#office a").text()).isEqualTo("Kantor Imigrasi Kelas II Non TPI Wonosobo");
		assertThat(page.select("#office-contact li").eachText()).contains("Alamat: " + contact.address());
		if (contact.phone() != null) {
			assertThat(page.select("#office-contact li").eachText()).contains("Telepon: " + contact.phone());
		}
		else {
			assertThat(page.select("#office-contact").text()).as("no phone recorded, no empty line")
				.doesNotContain("Telepon");
		}
		assertThat(whatsapp(page)).contains("Tempat mengajukan: Kantor Imigrasi Kelas II Non TPI Wonosobo, "
				+ contact.address() + ((contact.phone() != null) ? ", Telepon: " + contact.phone() : "") + "\n");
	}

	@Test
	void aResidentWithoutARegionIsPointedToTheOfficeListInTheWhatsAppText() throws Exception {
		Document page = page(ANSWERS);

		assertThat(page.select("#office-contact")).isEmpty();
		assertThat(page.select("#office a").attr("href")).isEqualTo("/kantor");
		assertThat(whatsapp(page))
			.contains("Cari kantor imigrasi yang melayani daerah Anda: " + this.baseUrl + "/kantor\n")
			.endsWith(this.baseUrl + ANSWERS);
	}

	@Test
	void theOfficeLineSpeaksEnglish() throws Exception {
		OfficeContact contact = wonosobo();
		Document page = page(ANSWERS + "&wilayah=33.07.06.2009&lang=en");

		assertThat(page.select("#office-contact li").eachText()).contains("Address: " + contact.address());
		assertThat(whatsapp(page)).contains("Where to apply: Kantor Imigrasi Kelas II Non TPI Wonosobo, ");
	}

	private OfficeContact wonosobo() {
		return this.offices.contact(this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id()).orElseThrow();
	}

	private static String whatsapp(Document page) {
		String link = page.select("a#whatsapp").attr("href");
		return URLDecoder.decode(link.substring("https://wa.me/?text=".length()), StandardCharsets.UTF_8);
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
