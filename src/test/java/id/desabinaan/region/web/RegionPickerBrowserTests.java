package id.desabinaan.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.desabinaan.browser.BrowserTestSupport;

/**
 * The region picker's type-ahead in a real browser, under the application's
 * Content-Security-Policy: typing a name shows the choices, choosing one and submitting
 * opens that region. Region pages fit a phone.
 */
class RegionPickerBrowserTests extends BrowserTestSupport {

	@Test
	void typingANameOffersTheVillagesAndChoosingOneOpensIt() {
		open("/wilayah");

		find(By.id("wilayah-query")).sendKeys("pakuncen");
		List<WebElement> radios = waitUntil(ExpectedConditions
			.numberOfElementsToBe(By.cssSelector("#wilayah-choices input[type=radio][name=wilayah]"), 5));
		screenshot("1-choices");
		WebElement selomerto = radios.stream()
			.filter((radio) -> "33.07.06.2009".equals(radio.getDomProperty("value")))
			.findFirst()
			.orElseThrow();
		selomerto.findElement(By.xpath("./..")).click();
		assertThat(selomerto.isSelected()).isTrue();
		find(By.id("wilayah-query")).submit();

		waitUntil(ExpectedConditions.urlContains("/wilayah/33.07.06.2009"));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Pakuncen");
		assertThat(find(By.id("region-path")).getText()).containsSubsequence("Selomerto", "Wonosobo", "Jawa Tengah");
	}

	@Test
	void searchAndRegionPagesFitAPhoneScreenWithoutScrollingSideways() {
		for (String path : List.of("/wilayah?q=pakuncen", "/wilayah?wilayahQuery=Pakuncen", "/wilayah/33.07.06.2009",
				"/wilayah/33.07?lang=en")) {
			WebDriver browser = open(path);
			Object scrollWidth = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth;");
			Object clientWidth = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.clientWidth;");
			assertThat(((Number) scrollWidth).intValue()).as(path + " at 360 px")
				.isLessThanOrEqualTo(((Number) clientWidth).intValue());
		}
	}

}
