package id.desabinaan.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The picker's type-ahead in a real browser (Debian's headless Chromium), under the
 * application's Content-Security-Policy: typing a name shows the choices, choosing one
 * and submitting opens that region.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class RegionPickerBrowserTests {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().window().setSize(new Dimension(360, 800));
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void typingANameOffersTheVillagesAndChoosingOneOpensIt() throws IOException {
		this.browser.get("http://localhost:" + this.port + "/wilayah");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));

		this.browser.findElement(By.id("wilayah-query")).sendKeys("pakuncen");
		List<WebElement> radios = wait.until(ExpectedConditions
			.numberOfElementsToBe(By.cssSelector("#wilayah-choices input[type=radio][name=wilayah]"), 5));
		screenshot("region-picker-choices.png");
		WebElement selomerto = radios.stream()
			.filter((radio) -> "33.07.06.2009".equals(radio.getAttribute("value")))
			.findFirst()
			.orElseThrow();
		selomerto.findElement(By.xpath("./..")).click();
		assertThat(selomerto.isSelected()).isTrue();
		this.browser.findElement(By.id("wilayah-query")).submit();

		wait.until(ExpectedConditions.urlContains("/wilayah/33.07.06.2009"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pakuncen");
		assertThat(this.browser.findElement(By.id("region-path")).getText()).containsSubsequence("Selomerto",
				"Wonosobo", "Jawa Tengah");
		screenshot("region-page.png");
	}

	private void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		Files.copy(this.browser.getScreenshotAs(OutputType.FILE).toPath(), target.resolve(name),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
