package id.desabinaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The journeys of the user guide ({@code docs/user-guide.md}): a resident finds his
 * village and the office that serves it, a village official, an office head and the
 * system administrator sign in with the demo accounts and open the pages their role may
 * open. Each step checks what the page is for; the screenshots it saves are the pictures
 * of the guide. The demo accounts are only read: no wrong password, no change.
 */
class UserGuideBrowserTests extends BrowserTestSupport {

	private static final String PAKUNCEN_SELOMERTO = "33.07.06.2009";

	private static final String KANIM_WONOSOBO = "Kantor Imigrasi Kelas II Non TPI Wonosobo";

	@Test
	void residentFindsHisVillageAndTheOfficeThatServesIt() {
		WebDriver browser = open("/");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Informasi dan perlindungan imigrasi untuk desa");
		assertThat(find(By.cssSelector("header a[hreflang='en']")).isDisplayed()).isTrue();
		assertFitsTheWindow(browser);
		screenshot("home");

		find(By.linkText("Cari wilayah")).click();
		waitUntil(ExpectedConditions.urlToBe(url("/wilayah")));
		find(By.id("q")).sendKeys("pakuncen");
		find(By.cssSelector("form[role='search'] button[type='submit']")).click();
		WebElement results = find(By.cssSelector("ul.region-results"));
		assertThat(results.findElements(By.tagName("li"))).hasSize(5);
		assertThat(results.getText()).contains("Selomerto", "Kabupaten Wonosobo", "Jawa Tengah");
		assertFitsTheWindow(browser);
		scrollTo(browser, find(By.cssSelector("label[for='q']")));
		screenshot("region-search");

		find(By.cssSelector("ul.region-results a[href$='/wilayah/" + PAKUNCEN_SELOMERTO + "']")).click();
		waitUntil(ExpectedConditions.urlToBe(url("/wilayah/" + PAKUNCEN_SELOMERTO)));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Pakuncen");
		assertThat(find(By.id("region-path")).getText()).containsSubsequence("Selomerto", "Wonosobo", "Jawa Tengah");
		assertThat(pageText()).contains("Kode Kemendagri", PAKUNCEN_SELOMERTO);
		screenshot("region-page");

		find(By.id("region-office")).click();
		waitUntil(ExpectedConditions.urlContains("/kantor"));
		WebElement serving = find(By.id("serving"));
		assertThat(serving.getText()).contains("Kantor yang melayani Pakuncen", KANIM_WONOSOBO,
				"Jl. Raya Banyumas Km. 5,5");
		assertFitsTheWindow(browser);
		scrollTo(browser, serving);
		screenshot("office-served");

		find(By.cssSelector("header a[hreflang='en']")).click();
		waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Immigration offices and their working areas");
		assertThat(pageText()).contains("All offices by regional office", KANIM_WONOSOBO);

		open("/api/v1/regions/" + PAKUNCEN_SELOMERTO + "/office");
		assertThat(pageText()).contains("\"code\":\"KANIM-WONOSOBO\"");
	}

	@Test
	void signInGivesOneMessageForEveryRefusal() {
		WebDriver browser = open("/masuk");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Masuk untuk petugas dan perangkat desa");
		assertThat(browser.findElements(By.id("login-error"))).isEmpty();

		// An unknown username, so that no demo account counts a failed attempt.
		signIn("tidak.ada." + UUID.randomUUID().toString().substring(0, 8), "Salah#Sandi2026");
		assertThat(browser.getCurrentUrl()).endsWith("/masuk?error");
		assertThat(find(By.id("login-error")).getText())
			.startsWith("Gagal masuk. Periksa nama pengguna dan kata sandi.");
		assertFitsTheWindow(browser);
		screenshot("sign-in");
	}

	@Test
	void villageOfficialSeesHisVillageAndItsOfficeButNoAdministration() {
		signIn("desa.pakuncen", "Desa#Pakuncen2026");
		WebDriver browser = browser();
		assertThat(browser.getCurrentUrl()).endsWith("/app");
		assertThat(find(By.id("staff-home-heading")).getText()).isEqualTo("Selamat datang, Perangkat Desa Pakuncen");
		assertThat(find(By.id("my-village")).getText()).contains("Pakuncen", "Selomerto", PAKUNCEN_SELOMERTO,
				"Dilayani oleh:", KANIM_WONOSOBO);
		assertThat(accountMenu(browser)).containsExactly("Beranda petugas", "Kegiatan", "Desa saya", "Bank soal",
				"Laporan", "Akun saya");
		assertFitsTheWindow(browser);
		screenshot("home");

		find(By.linkText("Akun saya")).click();
		assertThat(find(By.id("profile-role")).getText()).isEqualTo("Perangkat desa");
		assertThat(pageText()).contains("Ganti kata sandi", "Bahasa");
		assertFitsTheWindow(browser);
		screenshot("profile");

		open("/app/kantor");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Akses ditolak");
	}

	@Test
	void officeHeadSeesHisOfficeAndManagesItsAccounts() {
		signIn("kepala.wonosobo", "Kepala#Wonosobo2026");
		WebDriver browser = browser();
		assertThat(find(By.id("staff-home-heading")).getText())
			.isEqualTo("Selamat datang, Kepala Kantor Imigrasi Wonosobo");
		assertThat(find(By.id("my-office")).getText()).contains(KANIM_WONOSOBO, "Kabupaten Wonosobo",
				"Kabupaten Magelang", "Kota Magelang");
		assertThat(accountMenu(browser)).containsExactly("Beranda petugas", "Kantor", "Desa binaan", "Kegiatan",
				"Desa saya", "Bank soal", "Laporan", "Panggilan balik", "Tanda bahaya", "Artikel", "Akun saya",
				"Verifikasi dua langkah", "Pengguna", "Log audit");
		assertFitsTheWindow(browser);
		screenshot("home");
		for (String path : List.of("/app/kantor", "/app/pengguna", "/app/pengguna/baru", "/app/audit", "/app/akun")) {
			open(path);
			assertFitsTheWindow(browser);
		}
		open("/app/kantor");
		find(By.linkText(KANIM_WONOSOBO)).click();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(KANIM_WONOSOBO);
		assertFitsTheWindow(browser);
		open("/app/pengguna");
		find(By.cssSelector("#users tbody a")).click();
		assertThat(find(By.id("account-status")).getText()).isNotBlank();
		assertFitsTheWindow(browser);

		browser(Window.DESKTOP);
		open("/app/kantor");
		String offices = find(By.tagName("table")).getText();
		assertThat(offices).contains(KANIM_WONOSOBO, "UKK-MAGELANG").doesNotContain("KANIM-SEMARANG");
		assertThat(browser.findElements(By.linkText("Tambah kantor"))).isEmpty();
		find(By.linkText(KANIM_WONOSOBO)).click();
		assertThat(find(By.id("working-area")).getText()).contains("33.07", "Kabupaten Wonosobo");
		assertThat(browser.findElements(By.linkText("Ubah"))).as("he may edit the contact").hasSize(1);
		assertThat(browser.findElements(By.id("retire"))).as("only a system administrator retires").isEmpty();

		open("/app/pengguna");
		List<WebElement> rows = find(By.id("users")).findElements(By.cssSelector("tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(rows.stream().map((row) -> row.findElement(By.cssSelector("td:nth-child(1)")).getText()))
			.doesNotContain("kepala.wonosobo", "kepala.yogyakarta", "admin", "kanwil.jateng");
		assertThat(rows.stream().map((row) -> row.findElement(By.cssSelector("td:nth-child(3)")).getText()))
			.as("his Kanim's staff and the village officials of its working area, nobody else")
			.allMatch(List.of("Petugas intelijen (Inteldakim)", "Petugas Imigrasi Pembina Desa (PIMPASA)",
					"Staf kantor imigrasi", "Perangkat desa")::contains);
		screenshot("accounts");

		find(By.id("user-new")).click();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Tambah pengguna");
		assertThat(find(By.id("role")).findElements(By.tagName("option")).stream().map(WebElement::getText))
			.containsExactly("Pilih peran", "Petugas intelijen (Inteldakim)", "Petugas Imigrasi Pembina Desa (PIMPASA)",
					"Staf kantor imigrasi", "Perangkat desa");

		open("/app/audit");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Log audit keamanan");
		assertThat(find(By.id("audit-events")).getText()).contains("kepala.wonosobo", "Masuk");
		screenshot("audit");

		open("/app/admin/keamanan");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Akses ditolak");
	}

	@Test
	void systemAdministratorSeesEveryOfficeAndSetsTheSecurityPolicy() {
		WebDriver browser = browser(Window.DESKTOP);
		signIn("admin", "Admin#Desa2026");
		assertThat(find(By.id("staff-home-heading")).getText()).isEqualTo("Selamat datang, Administrator Sistem");
		assertThat(accountMenu(browser)).containsExactly("Beranda petugas", "Kantor", "Desa binaan", "Kegiatan",
				"Desa saya", "Bank soal", "Tanda bahaya", "Artikel", "Akun saya", "Verifikasi dua langkah", "Pengguna",
				"Log audit", "Jejak laporan", "Pengaturan keamanan");

		find(By.cssSelector("nav.account-nav a[href$='/app/kantor']")).click();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Kantor dalam wilayah Anda");
		assertThat(find(By.tagName("table")).getText()).contains("DITJEN", "KANWIL-JATENG", "KANIM-WONOSOBO",
				"UKK-MAGELANG", "KANIM-YOGYAKARTA");
		assertThat(find(By.linkText("Tambah kantor")).isDisplayed()).isTrue();
		screenshot("offices-admin");

		open("/app/admin/keamanan");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Pengaturan keamanan");
		assertThat(find(By.id("totp-SYSTEM_ADMIN")).isEnabled()).isTrue();
		assertThat(find(By.id("totp-VILLAGE_OFFICIAL")).isEnabled()).isFalse();
		assertThat(pageText()).contains("Perangkat desa tidak memakai verifikasi dua langkah.");
		screenshot("security");
	}

	private static List<String> accountMenu(WebDriver browser) {
		return browser.findElements(By.cssSelector("nav.account-nav a")).stream().map(WebElement::getText).toList();
	}

	/** Scrolls so that the element is near the top of the window (for the screenshot). */
	private static void scrollTo(WebDriver browser, WebElement element) {
		((JavascriptExecutor) browser).executeScript(
				"window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 8);", element);
	}

	private static void assertFitsTheWindow(WebDriver browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth;");
		Number clientWidth = (Number) js.executeScript("return document.documentElement.clientWidth;");
		assertThat(scrollWidth.intValue()).as("no sideways scrolling on " + browser.getCurrentUrl())
			.isLessThanOrEqualTo(clientWidth.intValue());
	}

}
