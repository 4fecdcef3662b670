package id.desabinaan.knowledge.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import id.desabinaan.knowledge.Poster;
import id.desabinaan.knowledge.PosterContact;
import id.desabinaan.knowledge.PosterRenderer;
import id.desabinaan.knowledge.PosterSection;
import id.desabinaan.village.CertificateReader;
import id.desabinaan.village.CertificateReader.Certificate;

/**
 * The poster PDF as a reader of the notice board sees it: A4 portrait, one page, every
 * text of the poster (escaped, not interpreted), the contact block, and a QR code that
 * opens the page it was printed from.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class PosterRendererTests {

	@Autowired
	PosterRenderer renderer;

	@Test
	void printsTitleSectionsAndContactOnOneA4PortraitPageWithAQrCodeToThePage() throws Exception {
		String url = this.renderer.publicUrl("/info/paspor-pertama");
		Poster poster = new Poster("Paspor pertama untuk dewasa", "Bawa dokumen asli ke kantor imigrasi.",
				List.of(PosterSection.items("Dokumen", List.of("KTP-el", "Kartu Keluarga", "Akta lahir <asli>")),
						PosterSection.paragraphs("Biaya", "Paspor elektronik 10 tahun: Rp950.000.")),
				url, new PosterContact("Hubungi", "Kantor Imigrasi Kelas II Non TPI Wonosobo",
						"Jl. Raya Banyumas Km. 5,5", "(0286) 321628", null, this.renderer.publicUrl("/kantor/X")));

		byte[] pdf = this.renderer.render(poster, Locale.forLanguageTag("id"));

		Certificate read = CertificateReader.read(pdf);
		assertThat(read.pages()).isEqualTo(1);
		assertThat(read.landscape()).isFalse();
		assertThat(read.qr()).isEqualTo("http://localhost:8080/info/paspor-pertama");
		assertThat(read.text()).contains("Paspor pertama untuk dewasa", "Bawa dokumen asli", "Dokumen", "KTP-el",
				"Akta lahir <asli>", "Rp950.000", "Hubungi", "Kantor Imigrasi Kelas II Non TPI Wonosobo",
				"Telepon: (0286) 321628", "Pindai untuk membuka halaman ini", url);
		assertThat(read.text()).doesNotContain("Surel");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
			assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
		}
	}

	@Test
	void setsLongContentSmallerToKeepItOnOnePage() throws Exception {
		List<String> items = new ArrayList<>();
		for (int i = 1; i <= 26; i++) {
			items.add("Tanda bahaya nomor " + i + ": penjelasan singkat yang cukup panjang untuk satu baris penuh.");
		}
		Poster poster = new Poster("Selebaran", null, List.of(PosterSection.items("Tanda bahaya", items)),
				this.renderer.publicUrl("/cek-lowongan"), null);

		Certificate read = CertificateReader.read(this.renderer.render(poster, Locale.ENGLISH));

		assertThat(read.pages()).isEqualTo(1);
		assertThat(read.text()).contains("Tanda bahaya nomor 26", "Scan to open this page");
		assertThat(read.qr()).isEqualTo("http://localhost:8080/cek-lowongan");
	}

}
