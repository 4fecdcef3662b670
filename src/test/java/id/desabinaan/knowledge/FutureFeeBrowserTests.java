package id.desabinaan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import id.desabinaan.browser.BrowserTestSupport;

/**
 * An editor changes a fee from a future date; the wizard shows the old fee until the day
 * before (in WIB) and the new fee from that day. The test moves the application's clock
 * ({@link MovableClock}, in a context of its own), to a year no other test uses.
 */
@Import(MovableClock.Config.class)
class FutureFeeBrowserTests extends BrowserTestSupport {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final String E_PASSPORT_10_YEARS = "/paspor/syarat?type=FIRST&under17=false&married=true&electronic=true&validity=10&sameDay=false";

	@Autowired
	MovableClock clock;

	@Autowired
	FeeSchedule fees;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anEditorsFeeChangeAppearsOnItsDayAndNotBefore() {
		LocalDate day = LocalDate.of(2090, 3, 1).plusDays(ThreadLocalRandom.current().nextLong(3000));
		LocalDate today = day.minusDays(20);
		this.clock.set(today.atTime(10, 0).atZone(WIB).toInstant());
		long oldFee = this.fees.feeOn(FeeComponent.BOOK_ELECTRONIC_10Y, today).orElseThrow().amount();
		long newFee = oldFee + 123_000;

		browser(Window.DESKTOP);
		signIn("admin", "Admin#Desa2026");
		open("/app/info/tarif");
		new Select(find(By.id("component"))).selectByValue("BOOK_ELECTRONIC_10Y");
		find(By.id("amount")).sendKeys(Long.toString(newFee));
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", find(By.id("validFrom")),
				day.toString());
		find(By.id("source")).sendKeys("PP uji perubahan tarif " + day);
		find(By.cssSelector(".regulated-form button[type='submit']")).click();
		assertThat(find(By.id("flash")).getText())
			.isEqualTo("Versi baru Paspor elektronik, 10 tahun tersimpan, berlaku mulai " + long_(day) + ".");
		assertThat(
				find(By.cssSelector("#versions tr[data-item='BOOK_ELECTRONIC_10Y'][data-status='FUTURE']")).getText())
			.contains(rupiah(newFee), "Akan berlaku");
		screenshot("fee-added");

		browser(Window.PHONE);
		open(E_PASSPORT_10_YEARS);
		assertThat(find(By.id("total")).getText()).isEqualTo(rupiah(oldFee));
		assertThat(find(By.cssSelector(".announced")).getText())
			.isEqualTo("Mulai " + long_(day) + ": Paspor elektronik, 10 tahun menjadi " + rupiah(newFee) + ".");
		scrollTo(find(By.id("fees")));
		screenshot("before");

		this.clock.set(day.atStartOfDay(WIB).toInstant().minusSeconds(60));
		open(E_PASSPORT_10_YEARS);
		assertThat(find(By.id("total")).getText()).as("23:59 WIB the day before").isEqualTo(rupiah(oldFee));

		this.clock.set(day.atStartOfDay(WIB).toInstant().plusSeconds(60));
		open(E_PASSPORT_10_YEARS);
		waitUntil(ExpectedConditions.textToBe(By.id("total"), rupiah(newFee)));
		assertThat(browser().findElements(By.cssSelector(".announced"))).isEmpty();
		assertThat(find(By.id("result")).getText()).contains("Berdasarkan aturan yang berlaku pada " + long_(day));
		scrollTo(find(By.id("fees")));
		screenshot("on-the-day");
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView();", element);
	}

	private static String rupiah(long amount) {
		return "Rp" + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(amount);
	}

	private static String long_(LocalDate day) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id")).format(day);
	}

}
