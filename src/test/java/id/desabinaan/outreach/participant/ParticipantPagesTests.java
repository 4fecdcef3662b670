package id.desabinaan.outreach.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.desabinaan.outreach.ActivityService;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * The participant pages through the whole web stack (security filters, multipart,
 * templates, message bundles): upload, the review of bad rows, importing the good rows,
 * translated file errors instead of a 500, the templates.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ParticipantPagesTests {

	private static final String HEADER = "Nama,Jenis kelamin,Umur,Kelompok sasaran,Telepon,NIK";

	@Autowired
	WebApplicationContext context;

	@Autowired
	ActivityService activities;

	@Autowired
	PartnerVillageDirectory villages;

	@Autowired
	UserDetailsService users;

	MockMvc mvc;

	long activityId;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.activityId = HeldActivities.heldInPakuncen(this.activities, this.villages, this.users);
	}

	@Test
	void anUploadWithBadRowsNamesEachRowAndColumnAndImportsTheGoodRowsOnRequest() throws Exception {
		MockHttpServletResponse upload = perform(upload(TestFiles.csv(HEADER, "Siti Aminah,P,25,calon PMI,,",
				"Budi,X,45,umum,,", "Rina,P,15,pelajar,,", "Joko,L,tua,umum,,")), null);
		assertThat(upload.getStatus()).isEqualTo(302);
		String review = upload.getRedirectedUrl();
		assertThat(review).matches("/app/kegiatan/" + this.activityId + "/peserta/impor/[0-9a-f]{32}");

		Document page = html(perform(MockMvcRequestBuilders.get(review), null));

		assertThat(page.select("#problems tbody tr")).hasSize(2);
		assertThat(page.select("#problems tbody tr").get(0).select("td").eachText()).containsExactly("3",
				"Jenis kelamin", "\u201cX\u201d bukan L atau P (laki-laki/perempuan).");
		assertThat(page.select("#problems tbody tr").get(1).select("td").eachText()).containsExactly("5", "Umur",
				"\u201ctua\u201d bukan umur antara 5 dan 110 tahun.");
		assertThat(page.select("#summary").text()).contains("4 baris, 2 baris salah, 2 baris benar");
		assertThat(page.select("#import-good-rows").text()).isEqualTo("Impor 2 baris yang benar");

		MvcResult imported = result(MockMvcRequestBuilders.post(review + "/baris-valid").with(csrf()), null);
		assertThat(imported.getResponse().getRedirectedUrl())
			.isEqualTo("/app/kegiatan/" + this.activityId + "/peserta");
		Document list = html(perform(MockMvcRequestBuilders.get(imported.getResponse().getRedirectedUrl())
			.flashAttrs(imported.getFlashMap()), null));
		assertThat(list.select("#participants tbody tr td:first-child").eachText())
			.containsExactlyInAnyOrder("Siti Aminah", "Rina");
		assertThat(list.select(".flash.ok").text()).contains("2 peserta baru", "2 baris salah dilewati");
	}

	@Test
	void theReviewSpeaksEnglishToEnglishReaders() throws Exception {
		String review = perform(upload(TestFiles.csv(HEADER, "Siti,P,25,umum,,", "Budi,L,45,tourist,,")), null)
			.getRedirectedUrl();

		Document page = html(perform(MockMvcRequestBuilders.get(review), "en"));

		assertThat(page.select("#problems tbody tr td").eachText()).containsExactly("3", "Target group",
				"\u201ctourist\u201d is not a target group. Choose: calon PMI, PMI purna, pelajar, perangkat desa, "
						+ "masyarakat umum.");
	}

	@Test
	void aCorruptWorkbookGetsATranslatedMessageNeverA500() throws Exception {
		byte[] corrupt = Arrays.copyOf(
				TestFiles.xlsx(List.of(List.of("Nama", "JK", "Umur", "Sasaran"), List.of("Siti", "P", 25, "umum"))),
				200);

		MockHttpServletResponse response = perform(upload(corrupt, "peserta.xlsx"), null);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(html(response).select("#file-error").text()).startsWith("Berkas XLSX rusak atau tidak dapat dibaca");
	}

	@Test
	void aFileAboveTheLimitGetsATranslatedMessage() throws Exception {
		byte[] large = new byte[1024 * 1024 + 10];
		Arrays.fill(large, (byte) 'x');

		MockHttpServletResponse response = perform(upload(large, "besar.csv"), "en");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(html(response).select("#file-error").text()).isEqualTo("The file is too large: 1,024 KB at most.");
	}

	@Test
	void aFileWithoutARequiredColumnSaysWhichOne() throws Exception {
		MockHttpServletResponse response = perform(upload(TestFiles.csv("Nama;Umur;Kelompok sasaran", "Siti;25;umum")),
				null);

		assertThat(html(response).select("#file-error").text())
			.isEqualTo("Kolom \u201cJenis kelamin\u201d tidak ada di baris judul. Gunakan templat.");
	}

	@Test
	void aCleanUploadIsImportedAtOnce() throws Exception {
		MockHttpServletResponse response = perform(upload(TestFiles.csv(HEADER, "Siti,P,25,umum,,")), null);

		assertThat(response.getRedirectedUrl()).isEqualTo("/app/kegiatan/" + this.activityId + "/peserta");
		assertThat(this.activities.find(HeldActivities.user(this.users, "admin"), this.activityId).participants())
			.isEqualTo(1);
	}

	@Test
	void theTemplatesDownloadWithTheHeaders() throws Exception {
		MockHttpServletResponse csv = perform(MockMvcRequestBuilders.get("/app/peserta/templat.csv"), null);
		assertThat(csv.getHeader("Content-Disposition")).contains("daftar-peserta.csv");
		assertThat(csv.getContentAsByteArray()).startsWith(ParticipantTemplates.csv());
		MockHttpServletResponse xlsx = perform(MockMvcRequestBuilders.get("/app/peserta/templat.xlsx"), null);
		assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats");
		assertThat(ParticipantFile.check(xlsx.getContentAsByteArray(), 10, 2025).valid()).hasSize(1);
	}

	private AbstractMockHttpServletRequestBuilder<?> upload(byte[] content) {
		return upload(content, "peserta.csv");
	}

	private AbstractMockHttpServletRequestBuilder<?> upload(byte[] content, String name) {
		return MockMvcRequestBuilders.multipart("/app/kegiatan/" + this.activityId + "/peserta/impor")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(csrf());
	}

	private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String language)
			throws Exception {
		return result(request, language).getResponse();
	}

	private MvcResult result(AbstractMockHttpServletRequestBuilder<?> request, String language) throws Exception {
		request.with(user(this.users.loadUserByUsername("staf.wonosobo")));
		if (language != null) {
			request.cookie(new Cookie("lang", language));
		}
		return this.mvc.perform(request).andReturn();
	}

	private static Document html(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
