package id.desabinaan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import id.desabinaan.knowledge.SiteSearch;
import id.desabinaan.knowledge.SiteSearch.Hit;
import id.desabinaan.knowledge.SiteSearch.Results;
import id.desabinaan.knowledge.SiteSearchDocument;
import id.desabinaan.knowledge.SiteSearchSource;
import id.desabinaan.knowledge.article.ArticleFixtures;
import id.desabinaan.knowledge.article.ArticleService;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;

/**
 * The site search on the real index: Indonesian stemming, one typo, highlights, English,
 * offices, local articles by area, updates on publish and withdrawal, other sources, and
 * the rebuild of an empty index.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SiteSearchTests {

	@Autowired
	SiteSearch search;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	ArticleFixtures fixtures;

	@Autowired
	ArticleService articles;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Results find(String text) {
		return this.search.search(new SiteSearch.Query(text, "id", null, 50));
	}

	private static List<String> keys(Results results) {
		return results.hits().stream().map(Hit::key).toList();
	}

	private String publishedWith(String bodyId, String bodyEn, Long officeId) {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", true);
		String marker = ArticleFixtures.unique("Uji").replace("-", "");
		return this.fixtures.published(author, reviewer, officeId,
				ArticleFixtures.content("Judul " + marker, "Title " + marker, bodyId, bodyEn));
	}

	@Test
	void perdaganganDiperdagangkanAndPedagangMeetOnTheirRoot() {
		String slug = publishedWith("Warga desa jangan sampai diperdagangkan oleh calo.", "Text.", null);
		for (String query : List.of("perdagangan", "diperdagangkan", "pedagang", "dagang")) {
			assertThat(keys(find(query))).as(query).contains(slug, "tanda-bahaya-tppo");
		}
	}

	@Test
	void oneTypoPerWordIsForgiven() {
		assertThat(keys(find("perdagagan"))).contains("tanda-bahaya-tppo");
		assertThat(keys(find("pasport"))).contains("paspor-pertama-dewasa", "paspor-anak");
		assertThat(keys(find("imigrsi"))).isNotEmpty();
		assertThat(keys(find("jepnag"))).contains("e-paspor");
	}

	@Test
	void aCorrectWordDoesNotAlsoFindItsLookAlikes() {
		String slug = publishedWith("Warga datang ke balai desa.", "Text.", null);
		assertThat(keys(find("dagang"))).doesNotContain(slug);
		assertThat(keys(find("datang"))).contains(slug);
	}

	@Test
	void exactWordsRankAboveTypoMatches() {
		List<String> keys = keys(find("jeju"));
		assertThat(keys.get(0)).isEqualTo("e-paspor");
	}

	@Test
	void matchingWordsAreMarkedInTitleAndSnippet() {
		Hit hit = find("perdagangan").hits()
			.stream()
			.filter((candidate) -> candidate.key().equals("tanda-bahaya-tppo"))
			.findFirst()
			.orElseThrow();
		assertThat(hit.path()).isEqualTo("/info/tanda-bahaya-tppo");
		assertThat(hit.labelCode()).isEqualTo("article.topic.SAFETY");
		assertThat(hit.title()).anyMatch((f) -> f.match() && f.text().equalsIgnoreCase("perdagangan"));
		assertThat(hit.snippet()).anyMatch((f) -> f.match() && f.text().toLowerCase().contains("dagang"));
		assertThat(hit.snippetText()).doesNotContain("\u0002", "\u0003").isNotBlank();
	}

	@Test
	void englishQueriesSearchTheEnglishTexts() {
		Results results = this.search.search(new SiteSearch.Query("trafficked", "en", null, 50));
		assertThat(keys(results)).contains("tanda-bahaya-tppo");
		assertThat(results.hits().get(0).titleText()).doesNotContain("perdagangan");
		assertThat(keys(this.search.search(new SiteSearch.Query("perdagangan", "en", null, 50))))
			.doesNotContain("tanda-bahaya-tppo");
	}

	@Test
	void officesAreFoundByTheRegionsTheyServe() {
		assertThat(keys(find("Temanggung"))).contains("KANIM-WONOSOBO");
		Hit office = find("kantor imigrasi wonosobo").hits()
			.stream()
			.filter((hit) -> hit.kind().equals("office"))
			.findFirst()
			.orElseThrow();
		assertThat(office.path()).startsWith("/kantor/");
		assertThat(office.labelCode()).isEqualTo("article.search.kind.office");
	}

	@Test
	void localArticlesAreFoundOnlyInTheirOfficesArea() {
		long wonosobo = this.fixtures.officeId("KANIM-WONOSOBO");
		String word = ArticleFixtures.unique("zlokal").replace("-", "");
		String slug = publishedWith("Hari layanan " + word + " di kecamatan.", "Service day " + word + ".", wonosobo);
		assertThat(keys(find(word))).doesNotContain(slug);
		assertThat(keys(this.search.search(new SiteSearch.Query(word, "id", wonosobo, 10)))).contains(slug);
		assertThat(keys(
				this.search.search(new SiteSearch.Query(word, "id", this.fixtures.officeId("KANIM-YOGYAKARTA"), 10))))
			.doesNotContain(slug);
	}

	@Test
	void publishingAndWithdrawingUpdateTheIndex() {
		String word = ArticleFixtures.unique("zterbit").replace("-", "");
		String slug = publishedWith("Kata " + word + ".", "Word " + word + ".", null);
		assertThat(keys(find(word))).containsExactly(slug);
		this.articles.retire(this.fixtures.user("admin"), slug, "Uji penarikan");
		assertThat(keys(find(word))).isEmpty();
	}

	@Test
	void otherModulesAddDocumentsThroughASource() {
		String word = ArticleFixtures.unique("zsumber").replace("-", "");
		List<SiteSearchDocument> documents = new ArrayList<>(List.of(new SiteSearchDocument("uji-sumber", "satu", "id",
				"Syarat paspor " + word, "Dokumen " + word, "/paspor/syarat", "article.search.kind.office", null)));
		SiteSearchSource source = new SiteSearchSource() {

			@Override
			public String kind() {
				return "uji-sumber";
			}

			@Override
			public List<SiteSearchDocument> documents() {
				return documents;
			}

		};
		this.indexer.refresh(source);
		assertThat(find(word).hits()).singleElement()
			.satisfies((hit) -> assertThat(hit.path()).isEqualTo("/paspor/syarat"));
		documents.clear();
		this.indexer.refresh(source);
		assertThat(find(word).hits()).isEmpty();
		assertThatThrownBy(() -> this.search.refresh("tidak-ada")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void emptyAndStopWordQueriesFindNothingWithoutFailing() {
		assertThat(find("").total()).isZero();
		assertThat(find("   ").hits()).isEmpty();
		assertThat(find("yang dan di").hits()).isEmpty();
		assertThat(find("%%% ~").hits()).isEmpty();
		assertThat(keys(find("\"(*)&%$ ~ paspor:"))).contains("paspor-anak");
	}

	@Test
	void anEmptyIndexIsRebuiltFromTheTable() throws Exception {
		Search.mapping(this.entityManagerFactory).scope(SearchEntry.class).workspace().purge();
		assertThat(find("paspor").hits()).isEmpty();
		this.indexer.onReady();
		assertThat(keys(find("paspor"))).contains("paspor-anak");
	}

}
