package id.desabinaan.knowledge.jobcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import id.desabinaan.browser.BrowserTestSupport;

/**
 * A resident checks a job offer on his phone: a broker offers household work in Saudi
 * Arabia on a visit visa, with fees before departure and a quick departure. He sees a
 * high risk with every reason explained, asks to be called back, and the staff of his
 * serving office find the request.
 */
class JobCheckBrowserTests extends BrowserTestSupport {

	@Test
	void aResidentChecksARiskyOfferOnHisPhoneSeesHighRiskWithTheReasonsAndAsksForACallBack() {
		WebDriver browser = open("/cek-lowongan");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Cek tawaran kerja ke luar negeri");
		new Select(find(By.id("destination"))).selectByVisibleText("Arab Saudi");
		new Select(find(By.id("job"))).selectByValue("HOUSEHOLD");
		choose("recruiter", "INDIVIDUAL");
		choose("visa", "VISIT");
		choose("fee", "BEFORE_DEPARTURE");
		find(By.id("feeAmount")).sendKeys("15.000.000");
		choose("contract", "NO");
		choose("familyPermission", "NO");
		choose("passportHolder", "AGENT");
		find(By.id("age")).sendKeys("17");
		choose("departure", "WITHIN_MONTH");
		find(By.id("village-query")).sendKeys("Pakuncen, Selomerto");
		screenshot("1-answers");
		click(find(By.id("check-submit")));

		WebElement risk = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("risk")));
		assertThat(risk.getText()).contains("Risiko tinggi");
		assertThat(browser.findElements(By.cssSelector("#signs li"))).hasSize(9);
		assertThat(find(By.id("signs")).getText()).contains("Bekerja dengan visa turis, kunjungan, ziarah atau umrah",
				"Belum berusia 18 tahun", "Paspor akan dipegang agen atau majikan",
				"Menahan paspor adalah ciri kerja paksa");
		assertThat(find(By.id("office")).getText()).contains("Kantor Imigrasi Kelas II Non TPI Wonosobo");
		assertFitsThePhone(browser);
		screenshot("2-high-risk");

		click(find(By.id("callback-link")));
		String name = "Warga " + UUID.randomUUID().toString().substring(0, 6);
		find(By.id("name")).sendKeys(name);
		find(By.id("phone")).sendKeys("0812 3456 7890");
		assertThat(find(By.id("village-query")).getAttribute("value")).startsWith("Pakuncen");
		click(find(By.cssSelector("input[name=shareResult]")));
		click(find(By.id("consent")));
		screenshot("3-call-back");
		click(find(By.id("callback-submit")));
		waitUntil(ExpectedConditions.urlContains("/cek-lowongan/panggilan-balik/terkirim"));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Permintaan Anda sudah terkirim");

		browser.manage().deleteAllCookies();
		signIn("staf.wonosobo", "Staf#Wonosobo2026");
		open("/app/info/panggilan-balik");
		assertThat(pageText()).contains(name, "+6281234567890", "Risiko tinggi", "Pakuncen");
	}

	private void choose(String name, String value) {
		click(find(By.cssSelector("input[name='" + name + "'][value='" + value + "']")));
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private static void assertFitsThePhone(WebDriver browser) {
		Number scrollWidth = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;");
		Number clientWidth = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.clientWidth;");
		assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(clientWidth.intValue());
	}

}
