package id.desabinaan.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.knowledge.ArticleDirectory;
import id.desabinaan.knowledge.ArticleDirectory.PublishedArticle;
import id.desabinaan.shared.CurrentUser;

/**
 * The starter content shipped with the platform: every article in both languages,
 * published as version 1, loaded idempotently; a later release's revision adds a version
 * and never overwrites what editors wrote.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StarterArticlesTests {

	static final Set<String> SLUGS = Set.of("paspor-pertama-dewasa", "paspor-anak", "ganti-paspor",
			"paspor-hilang-rusak", "e-paspor", "m-paspor", "layanan-paspor-keliling", "jalur-resmi-pekerja-migran",
			"hak-kewajiban-pekerja-migran", "tanda-bahaya-tppo", "wajib-lapor-orang-asing", "tempat-minta-bantuan");

	@Autowired
	StarterArticles loader;

	@Autowired
	ArticleDirectory directory;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleFixtures fixtures;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyStarterArticleIsPublishedInBothLanguages() {
		List<StarterFile> files = StarterFile.readAll(StarterArticles.ARTICLES);
		assertThat(files.stream().map(StarterFile::slug).collect(Collectors.toSet())).isEqualTo(SLUGS);
		for (StarterFile file : files) {
			file.content().checkComplete();
			for (String language : List.of("id", "en")) {
				PublishedArticle article = this.directory.findPublished(file.slug(), language).orElseThrow();
				assertThat(article.title()).as(file.slug()).isEqualTo(file.content().title(language));
				assertThat(article.html()).as(file.slug()).contains("<h2>").doesNotContain("<script");
				assertThat(article.sources()).as(file.slug()).isNotEmpty();
				assertThat(article.validFrom()).isNotNull();
				assertThat(article.lastChecked()).isNotNull();
			}
		}
	}

	@Test
	void passportArticlesPointToTheWizardInsteadOfRepeatingFees() {
		for (StarterFile file : StarterFile.readAll(StarterArticles.ARTICLES)) {
			String text = file.content().bodyId() + file.content().bodyEn();
			assertThat(text).as(file.slug()).doesNotContainPattern("Rp ?[0-9]");
			if (file.content().topic() == Topic.PASSPORT) {
				assertThat(text).as(file.slug()).contains("(/paspor/syarat)");
			}
		}
	}

	@Test
	void theEPassportArticleSaysWhatIsTrueAboutJapanAndKorea() {
		String indonesian = this.directory.findPublished("e-paspor", "id").orElseThrow().text();
		assertThat(indonesian).contains("Jepang", "15 hari", "Korea Selatan tidak bebas visa", "Jeju");
		String english = this.directory.findPublished("e-paspor", "en").orElseThrow().text();
		assertThat(english).contains("Japan", "15 days", "South Korea is not visa-free", "Jeju");
	}

	@Test
	void theHelpArticleShowsTheEditableContacts() {
		PublishedArticle help = this.directory.findPublished("tempat-minta-bantuan", "id").orElseThrow();
		assertThat(help.html()).contains("href=\"tel:110\"", "129", "https://peduliwni.kemlu.go.id")
			.doesNotContain("{{kontak-bantuan}}");
		assertThat(this.directory.findPublished("tempat-minta-bantuan", "en").orElseThrow().text())
			.contains("Police (emergency)");
	}

	@Test
	void loadingTheSameRevisionAgainChangesNothing() {
		StarterFile file = starter(ArticleFixtures.unique("awal"), 1, "satu");
		assertThat(apply(file)).isTrue();
		assertThat(apply(file)).isFalse();
		assertThat(this.articles.overview(this.fixtures.user("admin"), file.slug()).versions()).hasSize(1);
		assertThat(this.directory.findPublished(file.slug(), "id").orElseThrow().versionNumber()).isEqualTo(1);
	}

	@Test
	void aNewRevisionOfUntouchedContentIsPublishedAsANewVersion() {
		String slug = ArticleFixtures.unique("rilis");
		apply(starter(slug, 1, "satu"));
		assertThat(apply(starter(slug, 2, "dua"))).isTrue();
		PublishedArticle published = this.directory.findPublished(slug, "id").orElseThrow();
		assertThat(published.versionNumber()).isEqualTo(2);
		assertThat(published.title()).isEqualTo("Judul dua");
		assertThat(this.articles.version(this.fixtures.user("admin"), slug, 1).row().state())
			.isEqualTo(VersionState.SUPERSEDED);
	}

	@Test
	void aNewRevisionNeverOverwritesWhatEditorsPublished() {
		String slug = ArticleFixtures.unique("editor");
		apply(starter(slug, 1, "satu"));
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", true);
		this.articles.startDraft(author, slug);
		this.articles.saveDraft(author, slug, ArticleFixtures.content("editor"));
		this.articles.submit(author, slug);
		this.articles.publish(reviewer, slug);

		assertThat(apply(starter(slug, 2, "dua"))).isTrue();
		PublishedArticle published = this.directory.findPublished(slug, "id").orElseThrow();
		assertThat(published.title()).as("the editors' version stays public").isEqualTo("Judul editor");
		assertThat(published.versionNumber()).isEqualTo(2);
		ArticleService.Overview overview = this.articles.overview(author, slug);
		assertThat(overview.open().number()).isEqualTo(3);
		assertThat(overview.open().state()).as("the release's text waits for review").isEqualTo(VersionState.IN_REVIEW);
		assertThat(overview.open().origin()).isEqualTo(Origin.STARTER);
	}

	private boolean apply(StarterFile file) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> this.loader.apply(file)));
	}

	private static StarterFile starter(String slug, int revision, String word) {
		String indonesian = """
				---
				slug: %s
				revision: %d
				topic: HELP
				audience: [RESIDENTS]
				title: Judul %s
				summary: Ringkasan %s
				valid-from: 2026-01-02
				last-checked: 2026-01-03
				reviewer: Tim uji
				sources:
				  - title: Sumber uji
				    url: https://www.imigrasi.go.id
				---
				## Bagian

				Isi %s.
				""".formatted(slug, revision, word, word, word);
		String english = """
				---
				title: Title %s
				summary: Summary %s
				---
				Text %s.
				""".formatted(word, word, word);
		return StarterFile.parse(indonesian, english, slug + ".id.md");
	}

}
