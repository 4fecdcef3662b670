package id.desabinaan.earlywarning.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportConversation;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.shared.CurrentUser;

/**
 * A resident on a phone reports a suspicious recruiter anonymously with a photo, writes
 * down the receipt code, later opens the status page with it, reads the officer's
 * question and answers it, never giving his identity.
 */
class ReportJourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	Reports reports;

	@Autowired
	ReportConversation conversation;

	@Autowired
	ReportAttachments attachments;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aResidentReportsARecruiterAnonymouslyWithAPhotoAndLaterAnswersTheOfficersQuestion() throws IOException {
		Path photo = Files.createTempFile("bukti-calo", ".png");
		Files.write(photo, AnonymityTests.png());
		String description = "Calo menawarkan kerja di kapal ikan Taiwan " + UUID.randomUUID();

		WebDriver browser = open("/");
		find(By.id("home-report")).click();
		waitUntil(ExpectedConditions.urlToBe(url("/lapor")));
		find(By.cssSelector("input[name='kategori'][value='RECRUITER']")).click();
		find(By.id("category-next")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("description")));
		assertThat(pageText()).contains("anonim");
		assertThat(
				((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;"))
					.intValue())
			.as("no sideways scrolling at 360 px")
			.isLessThanOrEqualTo(360);

		find(By.id("village-query")).sendKeys("33.07.06.2009");
		find(By.id("description")).sendKeys(description);
		find(By.id("d-phoneNumbers")).sendKeys("0812-9999-0000");
		find(By.cssSelector("input[name='indicators[INDIVIDUAL_RECRUITER]'][value='YES']")).click();
		find(By.cssSelector("input[name='indicators[FEE_BEFORE_DEPARTURE]'][value='YES']")).click();
		find(By.id("attachments")).sendKeys(photo.toAbsolutePath().toString());
		screenshot("1-form");
		find(By.id("report-submit")).click();

		String code = find(By.id("receipt-code")).getText().replace("-", "");
		assertThat(code).hasSize(ReceiptCodes.LENGTH);
		Report report = this.reports.findByReceiptCode(code).orElseThrow();
		assertThat(report.getDescription()).isEqualTo(description);
		assertThat(report.getReporterKind()).isEqualTo(ReporterKind.ANONYMOUS);
		String digest = this.attachments.findByReportIdOrderByPositionAsc(report.getId()).get(0).getFileKey();
		assertThat(pageText()).contains(digest);
		screenshot("2-receipt");

		CurrentUser officer = (CurrentUser) this.users.loadUserByUsername("intel.wonosobo");
		this.transactions.executeWithoutResult(
				(status) -> this.conversation.fromOfficer(report, officer, "Di mana calo itu biasa menemui warga?"));

		open("/lapor/status");
		find(By.id("kode")).sendKeys(ReceiptCodes.grouped(code));
		find(By.id("status-submit")).click();
		assertThat(find(By.id("report-status")).getText())
			.isEqualTo("Laporan Anda sudah diterima dan menunggu diperiksa petugas.");
		assertThat(pageText()).contains("Di mana calo itu biasa menemui warga?");
		find(By.id("body")).sendKeys("Di warung dekat terminal, biasanya Kamis sore.");
		find(By.id("reply-submit")).click();
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Pesan Anda terkirim."));
		assertThat(pageText()).contains("Di warung dekat terminal, biasanya Kamis sore.");
		assertThat(this.conversation.of(report)).hasSize(2).last().satisfies((message) -> {
			assertThat(message.isFromReporter()).isTrue();
			assertThat(message.getSentAt()).isNull();
		});
	}

}
