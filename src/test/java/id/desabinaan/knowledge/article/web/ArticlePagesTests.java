package id.desabinaan.knowledge.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.desabinaan.knowledge.article.ArticleFixtures;
import id.desabinaan.knowledge.article.ArticleService;
import id.desabinaan.knowledge.article.HelpContact;
import id.desabinaan.knowledge.article.HelpContactData;
import id.desabinaan.knowledge.article.HelpContactService;
import id.desabinaan.knowledge.article.VersionState;
import id.desabinaan.shared.CurrentUser;

/** Public and staff pages of the knowledge base through the whole web stack. */
@SpringBootTest
@AutoConfigureMockMvc
class ArticlePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleFixtures fixtures;

	@Autowired
	ArticleService articles;

	@Autowired
	HelpContactService contacts;

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = perform(request);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void theIndexGroupsArticlesByTopic() throws Exception {
		Document index = page(get("/info"));
		assertThat(index.select("h1").text()).isEqualTo("Informasi imigrasi");
		assertThat(index.select("#topik-passport h2").text()).isEqualTo("Paspor");
		assertThat(index.select("#topik-passport a").eachAttr("href")).contains("/info/paspor-anak", "/info/e-paspor");
		assertThat(index.select("#topik-safety a").eachAttr("href")).contains("/info/tanda-bahaya-tppo");
		assertThat(index.select("a[href=/info/layanan-kanim-wonosobo]")).as("local articles need an area").isEmpty();
		assertThat(index.select("form[action=/cari] input[name=q]")).hasSize(1);
	}

	@Test
	void theIndexFiltersByAudience() throws Exception {
		Document index = page(get("/info").param("untuk", "hosts_of_foreigners"));
		assertThat(index.select("main section[id^=topik-] a").eachAttr("href"))
			.containsExactly("/info/wajib-lapor-orang-asing");
	}

	@Test
	void residentsChooseTheirVillageAndSeeTheirOfficesLocalArticles() throws Exception {
		Document pakuncen = page(get("/info").param("wilayah", "33.07.06.2009"));
		assertThat(pakuncen.select("#lokal h3").text()).contains("Wonosobo");
		assertThat(pakuncen.select("#lokal a[href=/info/layanan-kanim-wonosobo]")).hasSize(1);
		Document yogyakarta = page(get("/info").param("wilayahQuery", "34.71"));
		assertThat(yogyakarta.select("a[href=/info/layanan-kanim-wonosobo]")).isEmpty();
		Document province = page(get("/info").param("wilayah", "33"));
		assertThat(province.select("#lokal .flash.bad").text()).contains("bukan provinsi");
	}

	@Test
	void anArticlePageShowsItsFactsSourcesAndOtherLanguage() throws Exception {
		Document article = page(get("/info/e-paspor"));
		assertThat(article.select("main h1").text()).startsWith("E-paspor");
		assertThat(article.select(".article-body h2")).isNotEmpty();
		assertThat(article.select("#article-facts").text()).contains("Berlaku sejak", "Terakhir diperiksa",
				"Tim redaksi Desa Binaan");
		assertThat(article.select(".article-sources li")).isNotEmpty();
		assertThat(article.select(".other-language a").attr("href")).isEqualTo("/info/e-paspor?lang=en");
		assertThat(article.select("script:not([src])")).isEmpty();
		assertThat(article.select("[style]")).isEmpty();

		Document english = page(get("/info/e-paspor").param("lang", "en"));
		assertThat(english.select("main h1").text()).startsWith("The e-passport");
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("#article-facts").text()).contains("Valid from", "Last checked");
	}

	@Test
	void unknownAndUnpublishedArticlesAreNotFound() throws Exception {
		assertThat(perform(get("/info/tidak-ada-artikel")).getStatus()).isEqualTo(404);
		assertThat(perform(get("/info/jadwal-layanan-keliling-wonosobo")).getStatus()).as("a draft").isEqualTo(404);
	}

	@Test
	void editorsWorkThroughTheStaffPages() throws Exception {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", true);
		String slug = ArticleFixtures.unique("halaman");
		MockHttpServletResponse created = perform(post("/app/info/artikel/baru").with(user(author))
			.with(csrf())
			.param("slug", slug)
			.param("officeId", "")
			.param("topic", "HELP")
			.param("audiences", "RESIDENTS", "VILLAGE_OFFICIALS")
			.param("validFrom", "2026-01-01")
			.param("lastChecked", "2026-01-02")
			.param("titleId", "Judul halaman")
			.param("summaryId", "Ringkasan")
			.param("bodyId", "## Isi\n\nTeks <script>alert(1)</script>")
			.param("titleEn", "Page title")
			.param("summaryEn", "Summary")
			.param("bodyEn", "## Body\n\nText")
			.param("sources", "UU No. 6 Tahun 2011 | https://www.imigrasi.go.id\nCatatan tanpa alamat"));
		assertThat(created.getStatus()).isEqualTo(302);
		assertThat(created.getRedirectedUrl()).isEqualTo("/app/info/artikel/" + slug);

		Document edit = page(get("/app/info/artikel/" + slug + "/ubah").with(user(author)));
		assertThat(edit.select("#sources").text()).contains("Catatan tanpa alamat");
		assertThat(edit.select("input[name=audiences][checked]").eachAttr("value")).containsExactly("RESIDENTS",
				"VILLAGE_OFFICIALS");

		MockHttpServletResponse submitted = perform(
				post("/app/info/artikel/" + slug + "/ajukan").with(user(author)).with(csrf()));
		assertThat(submitted.getStatus()).isEqualTo(302);
		Document authorsView = page(get("/app/info/artikel/" + slug).with(user(author)));
		assertThat(authorsView.select("#publish")).isEmpty();
		assertThat(authorsView.select("#self-review")).hasSize(1);

		perform(post("/app/info/artikel/" + slug + "/terbitkan").with(user(reviewer)).with(csrf()));
		Document published = page(get("/info/" + slug));
		assertThat(published.select("main h1").text()).isEqualTo("Judul halaman");
		assertThat(published.select(".article-body script")).isEmpty();
		assertThat(published.select(".article-body").text()).contains("<script>alert(1)</script>");
		assertThat(published.select(".article-sources li").eachText()).containsExactly("UU No. 6 Tahun 2011",
				"Catatan tanpa alamat");
	}

	@Test
	void badInputComesBackOnTheFormNextToItsField() throws Exception {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		Document form = page(post("/app/info/artikel/baru").with(user(author))
			.with(csrf())
			.param("slug", "Ada Spasi")
			.param("topic", "HELP")
			.param("validFrom", "2026-01-01")
			.param("lastChecked", "kemarin")
			.param("titleId", "Judul"));
		assertThat(form.select("#lastChecked-error").text()).contains("Tanggal tidak dikenal");
		assertThat(form.select("#titleId").val()).isEqualTo("Judul");

		Document slugError = page(post("/app/info/artikel/baru").with(user(author))
			.with(csrf())
			.param("slug", "Ada Spasi")
			.param("topic", "HELP")
			.param("validFrom", "2026-01-01")
			.param("lastChecked", "2026-01-01")
			.param("titleId", "Judul"));
		assertThat(slugError.select("#slug-error").text()).contains("huruf kecil");
	}

	@Test
	void theComparisonPageShowsRemovedAndAddedLines() throws Exception {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", true);
		String slug = this.fixtures.published(author, reviewer, null,
				ArticleFixtures.content("Judul", "Title", "lama <b>satu</b>\nsama", "old"));
		this.articles.startDraft(author, slug);
		this.articles.saveDraft(author, slug, ArticleFixtures.content("Judul", "Title", "baru\nsama", "old"));
		Document compare = page(get("/app/info/artikel/" + slug + "/banding").param("dari", "1")
			.param("ke", "2")
			.with(user(this.fixtures.user("nasional"))));
		assertThat(compare.select("#diff-body tr.diff-removed code").eachText()).containsExactly("lama <b>satu</b>");
		assertThat(compare.select("#diff-body tr.diff-added code").eachText()).containsExactly("baru");
		assertThat(compare.select("#diff-body b")).isEmpty();
		assertThat(this.articles.overview(author, slug).open().state()).isEqualTo(VersionState.DRAFT);
	}

	@Test
	void anOfficeHeadGivesTheEditorPermissionOnItsPage() throws Exception {
		CurrentUser staff = this.fixtures.staff("KANIM-WONOSOBO");
		CurrentUser head = this.fixtures.user("kepala.wonosobo");
		MockHttpServletResponse granted = perform(
				post("/app/info/editor").with(user(head)).with(csrf()).param("username", staff.getUsername()));
		assertThat(granted.getStatus()).isEqualTo(302);
		Document list = page(get("/app/info/editor").with(user(head)));
		assertThat(list.select("#grants td").eachText()).contains(staff.getUsername());
		assertThat(list.select("input[name=national]")).as("heads grant local only").isEmpty();
		assertThat(page(get("/app/info/artikel/baru").with(user(staff))).select("#officeId option").eachText())
			.containsExactly("Lokal: Kantor Imigrasi Kelas II Non TPI Wonosobo");
	}

	@Test
	void helpContactsAreChangedByNationalEditorsAndShowInTheArticle() throws Exception {
		CurrentUser editor = this.fixtures.editor("KANIM-WONOSOBO", true);
		String name = ArticleFixtures.unique("Posko");
		MockHttpServletResponse saved = perform(post("/app/info/kontak/baru").with(user(editor))
			.with(csrf())
			.param("nameId", name)
			.param("nameEn", name + " EN")
			.param("phone", "0800-123")
			.param("position", "5")
			.param("lastChecked", "2026-11-01")
			.param("active", "true"));
		assertThat(saved.getStatus()).isEqualTo(302);
		Document help = page(get("/info/tempat-minta-bantuan"));
		assertThat(help.select(".article-body li").eachText()).anyMatch((item) -> item.contains(name));
		HelpContact contact = this.contacts.all()
			.stream()
			.filter((candidate) -> candidate.name("id").equals(name))
			.findFirst()
			.orElseThrow();
		HelpContactData data = contact.data();
		this.contacts.update(editor, contact.getId(), new HelpContactData(data.position(), data.nameId(), data.nameEn(),
				data.phone(), data.website(), data.noteId(), data.noteEn(), data.lastChecked(), false));
		assertThat(page(get("/info/tempat-minta-bantuan")).select(".article-body li").eachText())
			.noneMatch((item) -> item.contains(name));

		Document refused = page(post("/app/info/kontak/baru").with(user(editor))
			.with(csrf())
			.param("nameId", "Tanpa nomor")
			.param("nameEn", "No number")
			.param("lastChecked", "2026-11-01"));
		assertThat(refused.select(".field-error").text()).contains("Isi nomor telepon atau alamat situs");
		assertThat(perform(get("/app/info/kontak/baru").with(user(this.fixtures.staff("KANIM-WONOSOBO")))).getStatus())
			.isEqualTo(403);
	}

}
