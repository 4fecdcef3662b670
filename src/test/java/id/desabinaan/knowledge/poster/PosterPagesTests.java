package id.desabinaan.knowledge.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import id.desabinaan.village.CertificateReader;
import id.desabinaan.village.CertificateReader.Certificate;

/**
 * The ready posters: the duty to report foreigners with the serving office's contact (by
 * office or by village) and the job-offer check leaflet, as PDF (text and QR code read
 * back) and as a web page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PosterPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theForeignersPosterOfAnOfficeNamesItsContactAndItsQrOpensThePosterPage() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/poster/lapor-orang-asing.pdf?kantor=KANIM-WONOSOBO"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("poster-lapor-orang-asing.pdf");
		Certificate poster = CertificateReader.read(response.getContentAsByteArray());
		assertThat(poster.pages()).isEqualTo(1);
		assertThat(poster.landscape()).isFalse();
		assertThat(poster.text()).contains("Ada orang asing menginap di desa? Laporkan!", "1x24 jam",
				"https://apoa.imigrasi.go.id/", "UU 6/2011", "Kantor Imigrasi Kelas II Non TPI Wonosobo",
				"Jl. Raya Banyumas Km. 5,5");
		assertThat(poster.text().replace(" ", "")).as("the office page, wrapped in the contact block")
			.contains("http://localhost:8080/kantor/KANIM-WONOSOBO");
		assertThat(poster.qr()).isEqualTo("http://localhost:8080/poster/lapor-orang-asing?kantor=KANIM-WONOSOBO");
	}

	@Test
	void aVillagesPosterNamesTheVillageAndItsServingOffice() throws Exception {
		Certificate poster = CertificateReader
			.read(this.mvc.perform(get("/poster/lapor-orang-asing.pdf?desa=33.07.06.2009&lang=en"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		assertThat(poster.text()).contains("A foreigner staying in the village? Report it!", "stay in Pakuncen",
				"The immigration office serving Pakuncen", "Kantor Imigrasi Kelas II Non TPI Wonosobo");
		assertThat(poster.qr()).isEqualTo("http://localhost:8080/poster/lapor-orang-asing?desa=33.07.06.2009");
	}

	@Test
	void unknownOfficesAndVillagesAreNotFound() throws Exception {
		assertThat(status("/poster/lapor-orang-asing.pdf?kantor=TIDAK-ADA")).isEqualTo(404);
		assertThat(status("/poster/lapor-orang-asing.pdf?desa=99.99.99.9999")).isEqualTo(404);
		assertThat(status("/poster/cek-lowongan.pdf?desa=33.07.06")).as("a kecamatan is not a village").isEqualTo(404);
		assertThat(status("/poster/lapor-orang-asing.pdf?kantor=KANWIL-JATENG")).as("a Kanwil serves no village")
			.isEqualTo(404);
	}

	@Test
	void theLeafletListsTheWarningSignsOnOnePageWithAQrCodeToTheCheck() throws Exception {
		Certificate leaflet = CertificateReader
			.read(this.mvc.perform(get("/poster/cek-lowongan.pdf")).andReturn().getResponse().getContentAsByteArray());
		assertThat(leaflet.pages()).isEqualTo(1);
		assertThat(leaflet.text()).contains("Cek dulu sebelum kerja ke luar negeri",
				"Bekerja dengan visa turis, kunjungan, ziarah atau umrah", "Paspor akan dipegang agen atau majikan",
				"Belum berusia 18 tahun", "SISKOP2MI", "Jalur resmi");
		assertThat(leaflet.text()).as("report-only signs are not on the leaflet").doesNotContain("Umur dipalsukan");
		assertThat(leaflet.qr()).isEqualTo("http://localhost:8080/cek-lowongan");
	}

	@Test
	void thePosterPageShowsTheSameContentAndOffersThePdf() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/poster/lapor-orang-asing?kantor=KANIM-WONOSOBO"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Ada orang asing menginap di desa? Laporkan!");
		assertThat(page.select("#contact").text()).contains("Kantor Imigrasi Kelas II Non TPI Wonosobo",
				"Jl. Raya Banyumas Km. 5,5");
		assertThat(page.select("#pdf-link").attr("href"))
			.isEqualTo("/poster/lapor-orang-asing.pdf?kantor=KANIM-WONOSOBO");
		assertThat(page.select("select#kantor option[selected]").attr("value")).isEqualTo("KANIM-WONOSOBO");

		Document chooser = Jsoup.parse(this.mvc.perform(get("/poster/lapor-orang-asing?desaQuery=pakuncen"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(chooser.select("#contact")).isEmpty();
		assertThat(chooser.select("input[type=radio][name=desa]")).hasSize(5);
		Document unknown = Jsoup.parse(this.mvc.perform(get("/poster/lapor-orang-asing?desaQuery=99.99.99.9999"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(unknown.select("#desa-error").text()).isNotBlank();
	}

	private int status(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

}
