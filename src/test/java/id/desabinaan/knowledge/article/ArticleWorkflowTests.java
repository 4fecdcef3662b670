package id.desabinaan.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;

import id.desabinaan.knowledge.ArticleDirectory;
import id.desabinaan.knowledge.ArticleDirectory.PublishedArticle;
import id.desabinaan.knowledge.article.ArticleService.Comparison;
import id.desabinaan.knowledge.article.ArticleService.Overview;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The editorial workflow on the real database: drafts, review by another editor, kept
 * versions and their comparison, withdrawal, and who may do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleWorkflowTests {

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleDirectory directory;

	@Autowired
	ArticleFixtures fixtures;

	@Test
	void anEditorDraftsAnotherReviewsAndPublishes() {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-SEMARANG", true);
		String slug = ArticleFixtures.unique("alur");
		this.articles.create(author, slug, null, ArticleFixtures.content("alur"));
		assertThat(this.directory.findPublished(slug, "id")).as("a draft is not public").isEmpty();

		this.articles.submit(author, slug);
		Overview inReview = this.articles.overview(reviewer, slug);
		assertThat(inReview.open().state()).isEqualTo(VersionState.IN_REVIEW);
		assertThat(inReview.may().publish()).isTrue();
		assertThat(this.articles.overview(author, slug).may().publish()).as("no self-review").isFalse();
		assertThatThrownBy(() -> this.articles.publish(author, slug)).isInstanceOf(RuleViolationException.class)
			.hasMessage("article.error.selfReview");

		this.articles.publish(reviewer, slug);
		PublishedArticle published = this.directory.findPublished(slug, "id").orElseThrow();
		assertThat(published.title()).isEqualTo("Judul alur");
		assertThat(published.reviewer()).isEqualTo(reviewer.displayName());
		assertThat(published.versionNumber()).isEqualTo(1);
		assertThat(this.directory.findPublished(slug, "en").orElseThrow().title()).isEqualTo("Title alur");
	}

	@Test
	void anEditorWhoChangedADraftMayNotPublishIt() {
		CurrentUser first = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser second = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser third = this.fixtures.editor("KANIM-WONOSOBO", true);
		String slug = ArticleFixtures.unique("bersama");
		this.articles.create(first, slug, null, ArticleFixtures.content("bersama"));
		this.articles.saveDraft(second, slug, ArticleFixtures.content("bersama diubah"));
		this.articles.submit(first, slug);
		assertThatThrownBy(() -> this.articles.publish(second, slug)).isInstanceOf(RuleViolationException.class);
		this.articles.publish(third, slug);
		assertThat(this.directory.findPublished(slug, "id").orElseThrow().title()).isEqualTo("Judul bersama diubah");
	}

	@Test
	void everyPublishedVersionIsKeptAndTwoCanBeCompared() {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", true);
		String slug = this.fixtures.published(author, reviewer, null,
				ArticleFixtures.content("Judul", "Title", "baris satu\nbaris dua\nbaris tiga", "one\ntwo"));
		this.articles.startDraft(author, slug);
		this.articles.saveDraft(author, slug, ArticleFixtures.content("Judul", "Title",
				"baris satu\nbaris dua diubah\nbaris tiga\nbaris empat", "one\ntwo"));
		this.articles.submit(author, slug);
		assertThat(this.directory.findPublished(slug, "id").orElseThrow().versionNumber())
			.as("residents read version 1 while version 2 is in review")
			.isEqualTo(1);
		this.articles.publish(reviewer, slug);

		Overview overview = this.articles.overview(author, slug);
		assertThat(overview.publishedNumber()).isEqualTo(2);
		assertThat(overview.versions()).extracting(ArticleService.VersionRow::state)
			.containsExactly(VersionState.PUBLISHED, VersionState.SUPERSEDED);
		assertThat(this.articles.version(author, slug, 1).content().bodyId())
			.isEqualTo("baris satu\nbaris dua\nbaris tiga");

		Comparison comparison = this.articles.compare(author, slug, 2, 1, "id");
		assertThat(comparison.older().number()).isEqualTo(1);
		assertThat(comparison.body()).extracting(LineDiff.Line::change, LineDiff.Line::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LineDiff.Change.SAME, "baris satu"),
					org.assertj.core.groups.Tuple.tuple(LineDiff.Change.REMOVED, "baris dua"),
					org.assertj.core.groups.Tuple.tuple(LineDiff.Change.ADDED, "baris dua diubah"),
					org.assertj.core.groups.Tuple.tuple(LineDiff.Change.SAME, "baris tiga"),
					org.assertj.core.groups.Tuple.tuple(LineDiff.Change.ADDED, "baris empat"));
		assertThat(LineDiff.changed(comparison.title())).isFalse();
		assertThat(LineDiff.changed(this.articles.compare(author, slug, 1, 2, "en").body())).isFalse();
	}

	@Test
	void aRetiredArticleLeavesThePublicButKeepsItsVersions() {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", true);
		String slug = this.fixtures.published(author, reviewer, null, ArticleFixtures.content("tarik"));
		assertThatThrownBy(() -> this.articles.retire(author, slug, " ")).isInstanceOf(InvalidInputException.class);
		this.articles.retire(author, slug, "Aturan berubah");
		assertThat(this.directory.findPublished(slug, "id")).isEmpty();
		Overview overview = this.articles.overview(author, slug);
		assertThat(overview.versions()).extracting(ArticleService.VersionRow::state)
			.containsExactly(VersionState.RETIRED);
		assertThat(overview.versions().get(0).note()).isEqualTo("Aturan berubah");
		assertThat(overview.may().startDraft()).isTrue();
	}

	@Test
	void aDraftIsSentForReviewOnlyWhenCompleteInBothLanguages() {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		String slug = ArticleFixtures.unique("lengkap");
		ArticleContent onlyIndonesian = ArticleFixtures.content("Judul lengkap", "", "Isi", "");
		this.articles.create(author, slug, null, onlyIndonesian);
		assertThatThrownBy(() -> this.articles.submit(author, slug)).isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).getField()).isEqualTo("titleEn"));
	}

	@Test
	void slugsAreCheckedAndUnique() {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		assertThatThrownBy(() -> this.articles.create(author, "Bukan Slug!", null, ArticleFixtures.content("x")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("article.error.slug");
		assertThatThrownBy(() -> this.articles.create(author, "paspor-anak", null, ArticleFixtures.content("x")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("article.error.slug.taken");
	}

	@Test
	void aLocalEditorWritesOnlyHisOfficesArticles() {
		CurrentUser local = this.fixtures.editor("KANIM-WONOSOBO", false);
		long wonosobo = this.fixtures.officeId("KANIM-WONOSOBO");
		long yogyakarta = this.fixtures.officeId("KANIM-YOGYAKARTA");
		assertThat(this.articles.choices(local).national()).isFalse();
		assertThatThrownBy(
				() -> this.articles.create(local, ArticleFixtures.unique("n"), null, ArticleFixtures.content("n")))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.articles.create(local, ArticleFixtures.unique("y"), yogyakarta,
				ArticleFixtures.content("y")))
			.isInstanceOf(InvalidInputException.class);
		String slug = ArticleFixtures.unique("lokal");
		this.articles.create(local, slug, wonosobo, ArticleFixtures.content("lokal"));
		assertThatThrownBy(() -> this.articles.startDraft(local, "paspor-anak"))
			.as("a local editor does not edit national articles")
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void localArticlesAreHiddenFromStaffOfOtherOffices() {
		CurrentUser local = this.fixtures.editor("KANIM-WONOSOBO", false);
		String slug = ArticleFixtures.unique("rahasia");
		this.articles.create(local, slug, this.fixtures.officeId("KANIM-WONOSOBO"), ArticleFixtures.content("x"));
		assertThatThrownBy(() -> this.articles.overview(this.fixtures.user("kepala.yogyakarta"), slug))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.articles.overview(this.fixtures.user("kanwil.jateng"), slug).may().any()).isFalse();
		assertThat(this.articles.list(this.fixtures.user("kepala.yogyakarta")))
			.noneMatch((row) -> row.slug().equals(slug));
	}

	@Test
	void staffWithoutThePermissionReadButDoNotEdit() {
		CurrentUser staff = this.fixtures.staff("KANIM-WONOSOBO");
		assertThat(this.articles.list(staff)).anyMatch((row) -> row.slug().equals("paspor-anak"));
		assertThatThrownBy(() -> this.articles.choices(staff)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.articles.startDraft(staff, "paspor-anak"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.articles.list(this.fixtures.user("desa.pakuncen")))
			.isInstanceOf(AccessDeniedException.class);
	}

}
