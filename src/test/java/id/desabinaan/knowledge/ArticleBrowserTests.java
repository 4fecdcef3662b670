package id.desabinaan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.knowledge.article.ArticleFixtures;
import id.desabinaan.shared.CurrentUser;

/**
 * The knowledge journey in Chromium: an editor drafts an article and sends it for review,
 * another editor publishes it, and a resident finds it through the search box of the home
 * page on a phone-sized window.
 */
class ArticleBrowserTests extends BrowserTestSupport {

	@Autowired
	ArticleFixtures fixtures;

	@Test
	void anEditorDraftsAnotherPublishesAndAResidentFindsItOnHisPhone() {
		CurrentUser author = this.fixtures.editor("KANIM-WONOSOBO", true);
		CurrentUser reviewer = this.fixtures.editor("KANIM-WONOSOBO", true);
		String word = "posko" + (UUID.randomUUID().toString().replaceAll("[^a-z]", "") + "qwerty").substring(0, 6);
		String slug = "info-" + word;

		browser(Window.DESKTOP);
		signIn(author.getUsername(), ArticleFixtures.PASSWORD);
		open("/app/info/artikel");
		find(By.id("new-article")).click();
		find(By.id("slug")).sendKeys(slug);
		find(By.cssSelector("#topic option[value='SAFETY']")).click();
		find(By.cssSelector("input[name='audiences'][value='PROSPECTIVE_MIGRANT_WORKERS']")).click();
		find(By.id("titleId")).sendKeys("Posko pengaduan " + word);
		find(By.id("summaryId")).sendKeys("Tempat melapor bila ada tawaran kerja mencurigakan.");
		find(By.id("bodyId"))
			.sendKeys("## Di mana\n\nDatangi balai desa untuk melapor calo yang memperdagangkan warga.");
		find(By.id("titleEn")).sendKeys("Complaints desk " + word);
		find(By.id("summaryEn")).sendKeys("Where to report a suspicious job offer.");
		find(By.id("bodyEn"))
			.sendKeys("## Where\n\nGo to the village hall to report recruiters who traffic residents.");
		find(By.id("sources")).sendKeys("UU No. 21 Tahun 2007 | https://www.imigrasi.go.id");
		screenshot("draft-form");
		find(By.id("save-draft")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("submit-review")));
		assertThat(find(By.id("open-version")).getText()).contains("Draf");
		find(By.id("submit-review")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("self-review")));
		assertThat(find(By.id("open-version")).getText()).contains("Menunggu review");
		assertThat(browser().findElements(By.id("publish"))).as("no self-review").isEmpty();
		screenshot("in-review");
		signOut();

		signIn(reviewer.getUsername(), ArticleFixtures.PASSWORD);
		open("/app/info/artikel/" + slug);
		find(By.id("publish")).click();
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("published-version"), "Versi 1"));
		screenshot("published");
		signOut();

		browser(Window.PHONE);
		open("/");
		WebElement search = find(By.id("q"));
		search.sendKeys("perdagangan " + word);
		search.submit();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
		WebElement result = find(By.cssSelector("#search-results a[href='/info/" + slug + "']"));
		assertThat(result.getText()).contains("Posko pengaduan");
		assertThat(find(By.cssSelector("#search-results")).findElements(By.tagName("mark"))).isNotEmpty();
		screenshot("search-phone");
		result.click();
		waitUntil(ExpectedConditions.urlContains("/info/" + slug));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Posko pengaduan " + word);
		assertThat(pageText()).contains("Datangi balai desa", "(versi 1)");
		assertThat(
				((Number) ((JavascriptExecutor) browser()).executeScript("return document.documentElement.scrollWidth"))
					.intValue())
			.as("no sideways scrolling on a 360 px phone")
			.isLessThanOrEqualTo(360);
	}

	private void signOut() {
		find(By.cssSelector("form[action='/keluar'] button")).click();
		waitUntil(ExpectedConditions.urlContains("/masuk"));
	}

}
