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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportConversation;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;

/**
 * The early warning end to end, as the issue tells it: a resident on a phone reports a
 * suspicious recruiter anonymously with a photo and writes down the receipt code; the
 * office's analyst asks him a question, which he later reads and answers with his code
 * only, never giving his identity; the analyst verifies the report, refers it to the
 * police and closes it; the resident sees the outcome.
 */
class ReportJourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	Reports reports;

	@Autowired
	ReportConversation conversation;

	@Autowired
	ReportAttachments attachments;

	@Autowired
	ReportTrail trail;

	@Test
	void aResidentsAnonymousReportIsQuestionedVerifiedReferredAndClosedAndHeSeesTheOutcome() throws IOException {
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

		// the analyst of the office (another device) asks the reporter a question
		asOfficer();
		open("/app/laporan/" + report.getId());
		assertThat(find(By.id("report-contact")).getText()).doesNotContain("0812-9999-0000");
		type("body", "Di mana calo itu biasa menemui warga?");
		press("message-submit");
		move("UNDER_VERIFICATION", "Tanya pelapor dan perangkat desa");

		// the resident, later, with his code only, reads the question and answers it
		asResident();
		open("/lapor/status");
		find(By.id("kode")).sendKeys(ReceiptCodes.grouped(code));
		find(By.id("status-submit")).click();
		assertThat(find(By.id("report-status")).getText())
			.isEqualTo("Petugas sedang memeriksa kebenaran laporan Anda.");
		assertThat(pageText()).contains("Di mana calo itu biasa menemui warga?");
		find(By.id("body")).sendKeys("Di warung dekat terminal, biasanya Kamis sore.");
		find(By.id("reply-submit")).click();
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Pesan Anda terkirim."));
		assertThat(pageText()).contains("Di warung dekat terminal, biasanya Kamis sore.");
		assertThat(this.conversation.of(report)).hasSize(2).last().satisfies((message) -> {
			assertThat(message.isFromReporter()).isTrue();
			assertThat(message.getSentAt()).isNull();
		});
		screenshot("3-answered");

		// the analyst reads the answer, verifies, refers to the police, records their
		// acceptance and closes the report with a plain outcome
		asOfficer();
		open("/app/laporan/" + report.getId());
		assertThat(find(By.id("messages")).getText()).contains("Di warung dekat terminal");
		move("VERIFIED", "Perangkat desa mengenal calo itu");
		new Select(find(By.id("partnerKind"))).selectByValue("POLICE_TPPO_UNIT");
		type("partnerUnit", "Unit PPA Satreskrim Polres Wonosobo");
		type("summary", "Nomor telepon calo dan tempat ia menemui warga.");
		press("refer-submit");
		assertThat(find(By.id("report-state")).getText()).isEqualTo("Dirujuk ke instansi mitra");
		String referral = find(By.cssSelector(".ewtriage-referral")).getAttribute("id").replace("referral-", "");
		find(By.id("answer-" + referral + "-ACCEPTED")).click();
		press("answer-submit-" + referral);
		new Select(find(By.id("closingReason"))).selectByValue(ClosingReason.HANDED_TO_POLICE.name());
		type("outcomeNote", "Calo itu sudah diperiksa polisi. Terima kasih atas laporan Anda.");
		press("close-submit");
		assertThat(find(By.id("report-state")).getText()).isEqualTo("Selesai");

		// the resident sees the outcome, and can no longer write
		asResident();
		open("/lapor/status?kode=" + code);
		assertThat(find(By.id("report-status")).getText()).isEqualTo("Penanganan laporan Anda sudah selesai.");
		assertThat(find(By.id("report-outcome")).getText()).isEqualTo("Kasus ini diserahkan kepada kepolisian.");
		assertThat(pageText()).contains("Calo itu sudah diperiksa polisi. Terima kasih atas laporan Anda.");
		assertThat(browser().findElements(By.id("reply-submit"))).isEmpty();
		screenshot("4-outcome");
		assertThat(this.trail.firstBroken(report.getId())).isEmpty();
	}

	/** The office's analyst on his desktop, signed in. */
	private void asOfficer() {
		browser().manage().deleteAllCookies();
		browser(Window.DESKTOP);
		signIn("intel.wonosobo", "Intel#Wonosobo2026");
	}

	/** The resident on his phone, never signed in. */
	private void asResident() {
		browser().manage().deleteAllCookies();
		browser(Window.PHONE);
	}

	private void move(String target, String reason) {
		new Select(find(By.id("target"))).selectByValue(target);
		type("reason", reason);
		press("status-submit");
		find(By.id("flash"));
	}

}
