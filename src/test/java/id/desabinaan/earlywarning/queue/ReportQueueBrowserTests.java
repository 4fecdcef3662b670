package id.desabinaan.earlywarning.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.knowledge.WarningRiskLevel;

/**
 * The queue as people use it, in Chromium: the Wonosobo analyst filters the queue and
 * searches it (the picture of the queue in the guide, {@code docs/img/queue.png}), and
 * the Pakuncen village official sends the weekly return from a phone.
 */
class ReportQueueBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Test
	void analystFiltersAndSearchesTheQueue() throws Exception {
		QueueFixtures fixtures = new QueueFixtures(this.context);
		String marker = QueueFixtures.unique("sawah").replace("-", "");
		long match = fixtures.report("Seorang sponsor merekrut tiga pemudi untuk bekerja di Hong Kong " + marker)
			.category(ReportCategory.RECRUITER)
			.risk(WarningRiskLevel.HIGH, 8)
			.receivedDaysAgo(6)
			.save();
		long otherCategory = fixtures.report("Orang asing direkrut sebagai guru " + marker)
			.category(ReportCategory.FOREIGNER)
			.save();
		browser(Window.DESKTOP);
		signIn("intel.wonosobo", "Intel#Wonosobo2026");
		open("/app/laporan");
		find(By.id("queue-form"));

		WebElement search = find(By.id("q"));
		search.sendKeys("perekrutan " + marker);
		find(By.cssSelector("details.filter-box summary")).click();
		new Select(find(By.id("kategori"))).selectByValue("RECRUITER");
		new Select(find(By.id("urut"))).selectByValue("RELEVANCE");
		WebElement submit = find(By.id("queue-submit"));
		submit.click();
		waitUntil((driver) -> driver.getCurrentUrl().contains("kategori=RECRUITER"));

		assertThat(find(By.id("queue")).getText()).contains("#" + match);
		assertThat(browser().findElements(By.id("report-" + otherCategory))).isEmpty();
		assertThat(find(By.id("report-" + match)).getAttribute("class")).contains("ewqueue-overdue");
		assertThat(find(By.id("q")).getAttribute("value")).isEqualTo("perekrutan " + marker);
		find(By.cssSelector("details.filter-box summary")).click();
		Path picture = screenshot("queue");
		Files.createDirectories(Path.of("docs", "img"));
		Files.copy(picture, Path.of("docs", "img", "queue.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void villageOfficialSendsTheWeeklyReturnFromAPhone() {
		browser(Window.PHONE);
		signIn("desa.pakuncen", "Desa#Pakuncen2026");
		open("/app/laporan");
		find(By.id("weekly-return-link")).click();
		find(By.id("weekly-form"));

		find(By.id("answer-some")).click();
		WebElement reports = find(By.id("reports"));
		reports.clear();
		reports.sendKeys("2");
		WebElement submit = find(By.id("weekly-submit"));
		submit.click();
		WebElement flash = find(By.id("flash"));

		assertThat(flash.getText()).containsAnyOf("Laporan mingguan tersimpan.", "Laporan mingguan dibetulkan.");
		assertThat(find(By.id("weekly-history")).getText()).contains("2 laporan");
	}

}
