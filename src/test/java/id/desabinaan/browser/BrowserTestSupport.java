package id.desabinaan.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
 * Base for browser journeys: the whole application on a random port, driven by Debian's
 * headless Chromium through {@code /usr/bin/chromedriver} (nothing is downloaded:
 * Selenium Manager is bypassed by naming the driver explicitly). Each test gets a fresh
 * browser with an empty profile; a screenshot of the page it ended on is saved as
 * {@code target/screenshots/<TestClass>-<test>.png}, whether it passed or failed.
 *
 * <p>
 * The annotations are the same as the other full-stack tests
 * ({@code RANDOM_PORT + @AutoConfigureTestRestTemplate}), so the Spring context is shared
 * with them. A machine without Chromium fails these tests with a message saying what to
 * install; they are never skipped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@ExtendWith(BrowserTestSupport.ScreenshotOnFinish.class)
public abstract class BrowserTestSupport {

	/** Debian's Chromium (package {@code chromium}). */
	public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	/**
	 * Debian's ChromeDriver (package {@code chromium-driver}), matching that Chromium.
	 */
	public static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	/** Where screenshots go, relative to the project directory Maven runs tests in. */
	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(10);

	/** The window sizes journeys run in. */
	public enum Window {

		/** A small phone, the size most residents and village officials use. */
		PHONE(360, 800),
		/** An office desktop. */
		DESKTOP(1280, 900);

		final int width;

		final int height;

		Window(int width, int height) {
			this.width = width;
			this.height = height;
		}

	}

	@LocalServerPort
	private int port;

	private WebDriver driver;

	private Path profileDir;

	private String testName;

	@BeforeEach
	void rememberTestName(TestInfo info) {
		this.testName = getClass().getSimpleName() + "-"
				+ info.getTestMethod().map((method) -> method.getName()).orElse(info.getDisplayName());
	}

	/**
	 * The browser of this test, opened the first time it is asked for with a phone-sized
	 * window (use {@link #browser(Window)} for another size).
	 */
	protected WebDriver browser() {
		return (this.driver != null) ? this.driver : browser(Window.PHONE);
	}

	/**
	 * The browser of this test with the given window size; opens it when needed, resizes
	 * it otherwise.
	 */
	protected WebDriver browser(Window window) {
		if (this.driver == null) {
			this.driver = start(window);
		}
		else {
			this.driver.manage().window().setSize(new Dimension(window.width, window.height));
		}
		return this.driver;
	}

	/** The address of a path on the running application, e.g. {@code url("/tentang")}. */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Opens a path of the application in the browser and returns the browser. */
	protected WebDriver open(String path) {
		WebDriver browser = browser();
		browser.get(url(path));
		return browser;
	}

	/**
	 * Signs in through the sign-in form ({@code /masuk}, fields {@code username} and
	 * {@code password}, button {@code login-submit}) and waits for the next page.
	 */
	protected void signIn(String username, String password) {
		open("/masuk");
		WebElement user = find(By.id("username"));
		user.clear();
		user.sendKeys(username);
		WebElement secret = find(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		WebElement submit = find(By.id("login-submit"));
		submit.click();
		waitUntil((driver) -> isGone(submit));
	}

	/**
	 * Whether the page holding the element has been replaced. During a navigation
	 * Chromium may answer "node does not belong to the document" as a generic error
	 * rather than a stale-element error; both mean the old page is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	/** Waits (up to 10 s) for an element to be present and returns it. */
	protected WebElement find(By by) {
		return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
	}

	/** Waits (up to 10 s) until the condition holds. */
	protected <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(browser(), WAIT).until(condition);
	}

	/** Replaces the text of the field with this id. */
	protected void type(String id, String text) {
		WebElement field = find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Presses the button with this id and waits until the next page has replaced this
	 * one.
	 */
	protected void press(String id) {
		WebElement button = find(By.id(id));
		button.click();
		waitUntil((driver) -> isGone(button));
	}

	/** The visible text of the page body. */
	protected String pageText() {
		return find(By.tagName("body")).getText();
	}

	/**
	 * Saves a screenshot of the current page as
	 * {@code target/screenshots/<TestClass>-<test>-<step>.png}, for journeys that want
	 * pictures of intermediate steps (the final page is saved automatically).
	 */
	protected Path screenshot(String step) {
		return saveScreenshot(this.testName + "-" + step);
	}

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			try {
				this.driver.quit();
			}
			finally {
				this.driver = null;
				deleteProfile();
			}
		}
	}

	private Path saveScreenshot(String name) {
		if (this.driver == null) {
			return null;
		}
		try {
			Files.createDirectories(SCREENSHOTS);
			File png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.move(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private WebDriver start(Window window) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("Browser tests need Debian's Chromium and ChromeDriver at %s and %s, which are missing. "
					+ "Install them with `apt-get install -y chromium chromium-driver` (.ci/run does).", CHROMIUM,
					CHROMEDRIVER);
		}
		// Never let Selenium Manager look for (or download) a driver or a browser.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		try {
			this.profileDir = Files.createTempDirectory("desabinaan-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
				"--disable-dev-shm-usage", "--user-data-dir=" + this.profileDir,
				"--window-size=" + window.width + "," + window.height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().window().setSize(new Dimension(window.width, window.height));
		return chrome;
	}

	private void deleteProfile() {
		if (this.profileDir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.profileDir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temp profile does no harm.
		}
		this.profileDir = null;
	}

	/**
	 * Saves the page each journey ended on, before {@code @AfterEach} closes the browser;
	 * runs for failed tests too.
	 */
	static class ScreenshotOnFinish implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) {
			if (context.getTestInstance().orElse(null) instanceof BrowserTestSupport test && test.driver != null) {
				test.saveScreenshot(test.testName);
			}
		}

	}

}
