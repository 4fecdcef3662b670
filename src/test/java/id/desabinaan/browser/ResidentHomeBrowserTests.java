package id.desabinaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A resident on a phone opens the public home page, which is in Bahasa Indonesia, and
 * switches to English with the visible language switch; the choice stays on the next
 * page.
 */
class ResidentHomeBrowserTests extends BrowserTestSupport {

	@Test
	void residentSwitchesTheHomePageToEnglishAndTheChoiceIsRemembered() {
		WebDriver browser = open("/");
		assertThat(find(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Informasi dan perlindungan imigrasi untuk desa");
		screenshot("1-indonesian");

		WebElement englishSwitch = find(By.cssSelector("header a[hreflang='en']"));
		assertThat(englishSwitch.isDisplayed()).as("the language switch is visible on a phone").isTrue();
		assertThat(englishSwitch.getText()).isEqualTo("English");
		englishSwitch.click();
		waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Immigration information and protection for villages");
		assertThat(browser.manage().getCookieNamed("lang").getValue()).isEqualTo("en");
		screenshot("2-english");

		find(By.linkText("About this service")).click();
		waitUntil(ExpectedConditions.urlToBe(url("/tentang")));
		assertThat(find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("About Desa Binaan Imigrasi");
		assertThat(pageText()).contains("Privacy").doesNotContain("Privasi");
	}

	@Test
	void homePageFitsAPhoneScreenWithoutScrollingSideways() {
		WebDriver browser = open("/");
		Object scrollWidth = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;");
		Object clientWidth = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.clientWidth;");
		assertThat(((Number) scrollWidth).intValue()).as("no horizontal scrolling at 360 px")
			.isLessThanOrEqualTo(((Number) clientWidth).intValue());
	}

}
