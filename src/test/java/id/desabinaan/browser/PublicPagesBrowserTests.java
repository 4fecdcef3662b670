package id.desabinaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

import id.desabinaan.village.internal.VillageService;

/**
 * Reach of every public page ({@link PublicPages}), in Debian's Chromium on a 360 px
 * phone with an empty cache: no accessibility violation found by axe-core, at most 30 KB
 * transferred for the HTML, CSS and scripts (compressed, headers included, images
 * excluded), nothing wider than the screen, and a print stylesheet that leaves only the
 * content.
 */
class PublicPagesBrowserTests extends BrowserTestSupport {

	/** The transfer budget of a public page: HTML, CSS and scripts, images excluded. */
	static final int BUDGET_BYTES = 30 * 1024;

	private static final String AXE = axeSource();

	/** Resource timing of the page and what it loaded, images left out. */
	private static final String TRANSFERRED = """
			return [performance.getEntriesByType('navigation')[0]]
			  .concat(performance.getEntriesByType('resource'))
			  .filter(e => e.initiatorType !== 'img' && !/\\.(png|jpe?g|gif|svg|webp|ico)(\\?|$)/i.test(e.name))
			  .map(e => e.name.replace(location.origin, '') + ' ' + e.transferSize + ' ' + e.encodedBodySize);
			""";

	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			    + v.nodes.map(n => n.target.join(' ')).join(', '))))
			  .catch(e => done(['axe failed: ' + e]));
			""";

	@Autowired
	VillageService villages;

	static Stream<String> pages() {
		return PublicPages.PATHS.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void everyPublicPageIsAccessibleSmallAndFitsAPhone(String page) {
		String path = page.replace("{verification}", this.villages.publicVillage("33.07.06.2009").verificationCode());
		WebDriver browser = browser(Window.PHONE);
		((ChromeDriver) browser).executeCdpCommand("Network.enable", Map.of());
		((ChromeDriver) browser).executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
		open(path);
		waitUntil((driver) -> "complete".equals(js(driver).executeScript("return document.readyState")));

		List<String> transferred = strings(js(browser).executeScript(TRANSFERRED));
		long total = transferred.stream().mapToLong((entry) -> Long.parseLong(entry.split(" ")[1])).sum();
		assertThat(transferred).as("resources of %s", path)
			.isNotEmpty()
			.allSatisfy((entry) -> assertThat(Long.parseLong(entry.split(" ")[1])).as("%s came over the network", entry)
				.isPositive());
		assertThat(total).as("bytes transferred for %s: %s", path, transferred).isLessThan(BUDGET_BYTES);

		Number scrollWidth = (Number) js(browser).executeScript("return document.documentElement.scrollWidth");
		Number clientWidth = (Number) js(browser).executeScript("return document.documentElement.clientWidth");
		assertThat(scrollWidth.intValue()).as("no horizontal scrolling at 360 px on %s", path)
			.isLessThanOrEqualTo(clientWidth.intValue());

		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		js(browser).executeScript(AXE);
		List<String> violations = strings(js(browser).executeAsyncScript(RUN_AXE));
		assertThat(violations).as("axe-core violations on %s", path).isEmpty();
	}

	/** The checks above would pass on a page they cannot see: prove they see. */
	@Test
	void theChecksFindAnUnlabelledFieldAWidePageAndEveryTransferredFile() {
		WebDriver browser = browser(Window.PHONE);
		open("/cek-lowongan");
		List<String> transferred = strings(js(browser).executeScript(TRANSFERRED));
		assertThat(transferred).anyMatch((entry) -> entry.startsWith("/cek-lowongan "))
			.anyMatch((entry) -> entry.startsWith("/css/app.css"))
			.anyMatch((entry) -> entry.startsWith("/webjars/htmx.org/") && entry.contains("htmx.min.js"));
		js(browser).executeScript("const i = document.createElement('input'); i.type = 'text';"
				+ "document.querySelector('main').appendChild(i);"
				+ "const w = document.createElement('div'); w.style.width = '900px'; w.textContent = 'x';"
				+ "document.querySelector('main').appendChild(w);");
		Number scrollWidth = (Number) js(browser).executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).isGreaterThan(360);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		js(browser).executeScript(AXE);
		assertThat(strings(js(browser).executeAsyncScript(RUN_AXE)))
			.anyMatch((violation) -> violation.startsWith("label"));
	}

	@Test
	void printingAPublicPageLeavesTheContentInBlackWithoutMenusFootersOrButtons() {
		WebDriver browser = browser(Window.DESKTOP);
		open("/cek-lowongan/hasil?visa=TOURIST&village=33.07.06.2009");
		((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(style(browser, "header nav", "display")).isEqualTo("none");
		assertThat(style(browser, "footer", "display")).isEqualTo("none");
		assertThat(style(browser, "#callback-link", "display")).isEqualTo("none");
		assertThat(style(browser, "main h1", "color")).isEqualTo("rgb(0, 0, 0)");
		assertThat(style(browser, "body", "background-color")).isIn("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)");
		assertThat(style(browser, "main", "display")).isNotEqualTo("none");
		assertThat((String) js(browser)
			.executeScript("return getComputedStyle(document.querySelector('#licence a'), '::after').content"))
			.as("the address of an outside link is printed after it")
			.contains("https://siskop2mi.bp2mi.go.id/");
		screenshot("print");
	}

	private static String style(WebDriver browser, String selector, String property) {
		return (String) js(browser).executeScript(
				"return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])",
				selector, property);
	}

	private static JavascriptExecutor js(WebDriver driver) {
		return (JavascriptExecutor) driver;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return ((List<Object>) value).stream().map(String::valueOf).toList();
	}

	private static String axeSource() {
		try (InputStream in = PublicPagesBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
