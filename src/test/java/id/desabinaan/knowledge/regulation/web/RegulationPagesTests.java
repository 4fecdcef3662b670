package id.desabinaan.knowledge.regulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Filter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.knowledge.KnowledgeFixtures;
import id.desabinaan.knowledge.RequirementKind;
import id.desabinaan.knowledge.regulation.RegulatedData;
import id.desabinaan.knowledge.regulation.RequirementApplicant;
import id.desabinaan.knowledge.regulation.RequirementApplication;
import id.desabinaan.knowledge.regulation.RequirementVersion;

/**
 * The staff pages of regulated data through the whole web stack (security filters, the
 * caching filter, controllers, templates, the database): what staff read, how an editor
 * adds, ends and withdraws versions, and what bad input looks like.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class RegulationPagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegulatedData<RequirementVersion> requirements;

	@Autowired
	FilterRegistrationBean<? extends Filter> regulationEtagFilter;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(springSecurity())
			.addFilter(this.regulationEtagFilter.getFilter(),
					this.regulationEtagFilter.getUrlPatterns().toArray(String[]::new))
			.build();
	}

	MockHttpServletResponse get(String path, String username) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.get(path)
				.with(user(this.users.loadUserByUsername(username)))
				.locale(Locale.forLanguageTag("id")))
			.andReturn()
			.getResponse();
	}

	MvcResult post(String path, String username, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
			.with(user(this.users.loadUserByUsername(username)))
			.with(csrf());
		form.forEach(request::param);
		return this.mvc.perform(request).andReturn();
	}

	static Document page(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString());
	}

	static Document page(MvcResult result) throws Exception {
		return page(result.getResponse());
	}

	JsonNode fees(LocalDate date) throws Exception {
		String json = this.mvc.perform(MockMvcRequestBuilders.get("/api/v1/fees?date=" + date))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(json);
	}

	long fee(LocalDate date, String component) throws Exception {
		for (JsonNode fee : fees(date).path("fees")) {
			if (fee.path("component").asString().equals(component)) {
				return fee.path("amount").asLong();
			}
		}
		throw new AssertionError("no " + component + " on " + date);
	}

	@Test
	void staffReadTheFeesInForceAndOnlyTheAdministratorGetsTheForm() throws Exception {
		Document head = page(get("/app/info/tarif", "kepala.wonosobo"));
		assertThat(head.select("h1").text()).isEqualTo("Tarif paspor");
		assertThat(head.select("#versions tr[data-item=BOOK_ELECTRONIC_10Y][data-status=CURRENT]").text())
			.contains("Paspor elektronik, 10 tahun", "Rp950.000", "17 Des 2024", "PP 45/2024", "Berlaku");
		assertThat(head.select("main form")).as("no form for a reader").isEmpty();
		assertThat(head.select("nav.regulated-nav a")).extracting((a) -> a.attr("href"))
			.containsExactly("/app/info/tarif", "/app/info/syarat", "/app/info/bebas-visa",
					"/app/info/larangan-penempatan");

		Document admin = page(get("/app/info/tarif", "admin"));
		assertThat(admin.select("main form select#component option")).hasSize(9);
		assertThat(admin.select("main form input#validFrom[type=date]")).hasSize(1);
		assertThat(
				page(get("/app/info/syarat", "nasional")).select("#versions tr[data-item=FIRST/ADULT/KTP_EL]").text())
			.contains("KTP elektronik (KTP-el)", "Paspor pertama", "Dewasa");
		assertThat(page(get("/app/info/bebas-visa", "staf.wonosobo")).select("#versions").text()).contains("Jepang",
				"Korea Selatan", "hanya paspor elektronik", "paling lama 15 hari");
		assertThat(page(get("/app/info/larangan-penempatan", "kanwil.jateng")).select("#versions").text())
			.contains("Arab Saudi", "Pekerja rumah tangga pada pengguna perseorangan", "Kepmenaker 260/2015");
	}

	@Test
	void anEditorAddsAFeeFromAFutureDayAndCanWithdrawItBeforeItStarts() throws Exception {
		LocalDate day = KnowledgeFixtures.farFutureDay();
		long before = fee(day, "BOOK_NON_ELECTRONIC_10Y");

		MvcResult saved = post("/app/info/tarif", "admin", Map.of("component", "BOOK_NON_ELECTRONIC_10Y", "amount",
				"Rp 712.500", "validFrom", day.toString(), "validUntil", "", "source", "PP uji " + day));

		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/app/info/tarif");
		Document list = page(get("/app/info/tarif", "admin"));
		String row = list.select("#versions tr[data-item=BOOK_NON_ELECTRONIC_10Y][data-status=FUTURE]").text();
		assertThat(row).contains("Rp712.500", "Akan berlaku", "PP uji " + day, "admin");
		assertThat(this.jdbc.queryForObject(
				"select created_by from passport_fee where component = 'BOOK_NON_ELECTRONIC_10Y' and valid_from = ? "
						+ "and withdrawn_at is null",
				String.class, day))
			.isEqualTo("admin");
		assertThat(fee(day.minusDays(1), "BOOK_NON_ELECTRONIC_10Y")).isEqualTo(before);
		assertThat(fee(day, "BOOK_NON_ELECTRONIC_10Y")).isEqualTo(712_500);

		String withdraw = list.select("#versions tr[data-item=BOOK_NON_ELECTRONIC_10Y][data-status=FUTURE] form")
			.stream()
			.filter((form) -> form.text().contains("Batalkan"))
			.filter((form) -> form.parent().parent().text().contains("712.500"))
			.findFirst()
			.orElseThrow()
			.attr("action");
		MvcResult withdrawn = post(withdraw, "admin", Map.of());
		assertThat(withdrawn.getResponse().getRedirectedUrl()).isEqualTo("/app/info/tarif");
		assertThat(withdrawn.getFlashMap().get("flash")).isEqualTo("knowledge.regulation.flash.withdrawn");
		assertThat(fee(day, "BOOK_NON_ELECTRONIC_10Y")).isEqualTo(before);
	}

	@Test
	void badInputIsShownAgainWithAMessageNamingEachField() throws Exception {
		Document empty = page(post("/app/info/tarif", "admin", Map.of("amount", "sembilan ratus")));
		assertThat(empty.select("#component-error").text()).isEqualTo("Komponen tarif: pilih salah satu pilihan.");
		assertThat(empty.select("#amount-error").text()).startsWith("Biaya (rupiah): tulis angka rupiah");
		assertThat(empty.select("#validFrom-error").text()).isEqualTo("Berlaku mulai wajib diisi.");
		assertThat(empty.select("#source-error").text()).isEqualTo("Sumber wajib diisi.");
		assertThat(empty.select("input#amount").val()).as("what was typed is kept").isEqualTo("sembilan ratus");
		assertThat(empty.select("input#amount").attr("aria-invalid")).isEqualTo("true");

		Document past = page(post("/app/info/tarif", "admin", Map.of("component", "SAME_DAY_SERVICE", "amount", "1",
				"validFrom", "2025-01-01", "validUntil", "2024-01-01", "source", "PP uji")));
		assertThat(past.select("#validFrom-error").text()).startsWith("Berlaku mulai: paling awal hari ini");

		Document requirement = page(post("/app/info/syarat", "admin", Map.of("position", "x")));
		assertThat(requirement.select(".field-error")).extracting((e) -> e.id())
			.contains("application-error", "applicant-error", "kind-error", "position-error", "code-error",
					"textId-error", "textEn-error", "validFrom-error", "source-error");
		assertThat(requirement.select("#textEn-error").text()).isEqualTo("Teks (Bahasa Inggris) wajib diisi.");

		Document visa = page(post("/app/info/bebas-visa", "admin",
				Map.of("countryCode", "IDN", "countryNameId", "Jepang", "countryNameEn", "Japan", "arrangement",
						"VISA_FREE", "noteId", "a", "noteEn", "b", "validFrom",
						KnowledgeFixtures.farFutureDay().toString(), "source", "uji")));
		assertThat(visa.select("#countryCode-error").text())
			.isEqualTo("Kode negara (ISO, 2 huruf): kode negara dua huruf (ISO 3166), bukan IDN.");

		Document ban = page(post("/app/info/larangan-penempatan", "admin", Map.of("countryCode", "SA")));
		assertThat(ban.select(".field-error")).extracting((e) -> e.id())
			.contains("countryNameId-error", "jobCode-error", "jobNameEn-error", "validFrom-error");
	}

	@Test
	void theFormForANewVersionStartsFromTheVersionItReplaces() throws Exception {
		long id = this.jdbc.queryForObject(
				"select min(id) from passport_fee where component = 'DAMAGED_REPLACEMENT' and created_by = 'system'",
				Long.class);

		Document form = page(get("/app/info/tarif?dari=" + id, "admin"));

		assertThat(form.select("select#component option[selected]").val()).isEqualTo("DAMAGED_REPLACEMENT");
		assertThat(form.select("input#amount").val()).isEqualTo("500000");
		assertThat(form.select("input#validFrom").val()).as("the editor chooses the new start").isEmpty();
	}

	@Test
	void anEditorEndsARequirementOnItsOwnPage() throws Exception {
		LocalDate day = KnowledgeFixtures.farFutureDay();
		String code = KnowledgeFixtures.uniqueCode();
		RequirementVersion version = this.requirements.add(KnowledgeFixtures.user(this.users, "admin"),
				new RequirementVersion(RequirementApplication.DAMAGED, RequirementApplicant.ADULT, code,
						RequirementKind.DOCUMENT, 96, "Dokumen uji akhir", "Test document to end", day, null, "Uji"));
		String path = "/app/info/syarat/" + version.getId() + "/akhiri";

		Document form = page(get(path, "admin"));
		assertThat(form.select("h1").text()).isEqualTo("Akhiri: Dokumen uji akhir");
		Document refused = page(post(path, "admin", Map.of("validUntil", day.minusDays(1).toString())));
		assertThat(refused.select("#validUntil-error").text())
			.isEqualTo("Berlaku sampai: tidak boleh sebelum tanggal berlaku mulai.");

		MvcResult ended = post(path, "admin", Map.of("validUntil", day.plusDays(30).toString()));
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/app/info/syarat");
		Document list = page(get("/app/info/syarat", "admin"));
		assertThat(list.select("#version-" + version.getId()).text()).contains("Dokumen uji akhir",
				String.valueOf(day.plusDays(30).getYear()));
		assertThat(get(path, "kepala.wonosobo").getStatus()).isEqualTo(403);
	}

	@Test
	void aVersionInForceCannotBeWithdrawn() throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from placement_ban where created_by = 'system'", Long.class);

		MvcResult refused = post("/app/info/larangan-penempatan/" + id + "/batalkan", "admin", Map.of());

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/app/info/larangan-penempatan");
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("knowledge.error.withdraw.started");
		assertThat(this.jdbc.queryForObject("select withdrawn_at is null from placement_ban where id = ?",
				Boolean.class, id))
			.isTrue();
	}

	@Test
	void staffPagesAreNeitherStoredNorGivenAnEtag() throws Exception {
		MockHttpServletResponse page = get("/app/info/tarif", "staf.wonosobo");

		assertThat(page.getHeader("Cache-Control")).contains("no-store");
		assertThat(page.getHeader("ETag")).as("a CSRF token that changes with every answer").isNull();
	}

	@Test
	void thePagesSpeakEnglish() throws Exception {
		Document english = page(this.mvc
			.perform(MockMvcRequestBuilders.get("/app/info/bebas-visa?lang=en")
				.with(user(this.users.loadUserByUsername("admin"))))
			.andReturn()
			.getResponse());
		assertThat(english.select("h1").text()).isEqualTo("Visa facilitation list");
		assertThat(english.select("#versions").text()).contains("Japan", "South Korea", "electronic passports only");
		assertThat(english.select("label[for=countryCode]").text()).isEqualTo("Country code (ISO, 2 letters)");
	}

}
