package id.desabinaan.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.platform.ExifJpeg;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * An officer on his phone: pimpasa.wonosobo signs in, sees his villages, records a
 * sosialisasi held yesterday in Desa Kecis with attendance counts and a photo from his
 * camera (with GPS in its EXIF), and finds it in the list.
 */
class OutreachBrowserTests extends BrowserTestSupport {

	/** A JPEG as a phone makes it, with EXIF GPS (see ExifJpeg). */
	static final Path PHOTO = Paths.get("src/test/resources/outreach/sosialisasi-gps.jpg").toAbsolutePath();

	@Autowired
	ActivityService activities;

	@Autowired
	PartnerVillageDirectory villages;

	@Autowired
	UserDetailsService users;

	@Test
	void anOfficerRecordsASosialisasiWithAttendanceAndAPhotoOnHisPhone() throws Exception {
		browser(Window.PHONE);
		signIn("pimpasa.wonosobo", "Pimpasa#Wonosobo2026");
		open("/app/desa-saya");
		assertThat(pageText()).contains("Desa saya", "Perlu dikunjungi");
		screenshot("my-villages");

		find(By.cssSelector("main a[href$='/app/kegiatan/baru']")).click();
		WebElement village = find(By.id("villageId"));
		long kecis = this.villages.findByCode(RegionCode.of("33.07.06.2001")).orElseThrow().id();
		new Select(village).selectByValue(Long.toString(kecis));
		new Select(find(By.id("type"))).selectByValue("SOSIALISASI");
		String title = "Sosialisasi paspor RW 02 " + UUID.randomUUID().toString().substring(0, 6);
		find(By.id("title")).sendKeys(title);
		setValue("date", LocalDate.now().minusDays(1).toString());
		setValue("time", "19:30");
		find(By.id("place")).sendKeys("Mushola RW 02");
		find(By.id("materials")).sendKeys("Leaflet paspor; 30");
		find(By.cssSelector("input[type=checkbox][name=held]")).click();
		find(By.id("attendance-male-from17to25")).sendKeys("7");
		find(By.id("attendance-male-from26to40")).sendKeys("5");
		find(By.id("attendance-female-from17to25")).sendKeys("9");
		find(By.id("attendance-female-from41to60")).sendKeys("3");
		find(By.id("attendance-groups-prospectiveMigrants")).sendKeys("11");
		find(By.id("attendance-groups-generalPublic")).sendKeys("13");
		find(By.id("photo")).sendKeys(PHOTO.toString());
		tallScreenshot("form", 360, 3400);
		find(By.id("save-activity")).click();

		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("activity-title")));
		assertThat(find(By.id("activity-title")).getText()).isEqualTo(title);
		assertThat(find(By.id("activity-status")).getText()).isEqualTo("Terlaksana");
		assertThat(find(By.id("activity-when")).getText()).endsWith("19:30 WIB");
		assertThat(find(By.id("participants")).getText()).contains("24 peserta");
		WebElement thumbnail = find(By.cssSelector("#photos img"));
		// thumbnails load lazily: bring it into view as the officer scrolling down would
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView()", thumbnail);
		waitUntil((driver) -> (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail));
		tallScreenshot("recorded", 360, 2600);

		long id = Long.parseLong(browser().getCurrentUrl().replaceFirst(".*/app/kegiatan/", ""));
		CurrentUser officer = (CurrentUser) this.users.loadUserByUsername("pimpasa.wonosobo");
		ActivityView saved = this.activities.find(officer, id);
		assertThat(saved.photos()).hasSize(1);
		ActivityService.PhotoContent photo = this.activities.photo(officer, id, saved.photos().get(0).id(), false);
		assertThat(ExifJpeg.hasExif(photo.content())).isFalse();

		open("/app/kegiatan");
		assertThat(find(By.id("activities")).getText()).contains(title, "24 peserta");
		tallScreenshot("list", 360, 1600);
		open("/app/kegiatan/kalender");
		tallScreenshot("calendar", 1280, 1400);
	}

	/** A screenshot of the whole page: the window is made tall, then a phone again. */
	private void tallScreenshot(String step, int width, int height) {
		browser().manage().window().setSize(new Dimension(width, height));
		screenshot(step);
		browser(Window.PHONE);
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", find(By.id(id)), value);
	}

}
