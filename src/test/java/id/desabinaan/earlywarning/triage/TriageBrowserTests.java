package id.desabinaan.earlywarning.triage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intelligence officer handles a report from start to end in the browser: asks the
 * reporter a question, verifies the report, refers it to the police, records the police's
 * acceptance and closes it with an outcome the reporter will read.
 */
class TriageBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	Reports reports;

	@Autowired
	ReportTrail trail;

	@Test
	void anOfficerVerifiesRefersToThePoliceAndClosesAReport() {
		Report report = TriageFixtures.report(this.context, "browser");
		browser(Window.DESKTOP);
		signIn("intel.wonosobo", "Intel#Wonosobo2026");
		open("/app/laporan/" + report.getId());
		assertThat(find(By.id("report-state")).getText()).isEqualTo("Diterima");
		assertThat(find(By.id("report-contact")).getText()).contains("Ibu Sumi browser");

		// a question to the reporter; an empty one is refused first
		press("message-submit");
		assertThat(find(By.cssSelector("#message-form .field-error")).getText()).contains("Tulis pesan");
		type("body", "Kapan calo itu terakhir datang ke desa?");
		press("message-submit");
		assertThat(find(By.id("flash")).getText()).contains("Pesan dikirim");
		assertThat(find(By.id("messages")).getText()).contains("Kapan calo itu terakhir datang ke desa?");

		move("UNDER_VERIFICATION", "Konfirmasi ke perangkat desa Pakuncen");
		assertThat(find(By.id("report-state")).getText()).isEqualTo("Sedang diverifikasi");
		move("VERIFIED", "Perangkat desa mengenal perekrut itu");
		assertThat(find(By.id("report-state")).getText()).isEqualTo("Terverifikasi");
		screenshot("verified");

		new Select(find(By.id("partnerKind"))).selectByValue(PartnerKind.POLICE_TPPO_UNIT.name());
		type("partnerUnit", "Unit PPA Satreskrim Polres Wonosobo");
		type("summary", "Nama dan nomor perekrut, keterangan perangkat desa.");
		press("refer-submit");
		assertThat(find(By.id("report-state")).getText()).isEqualTo("Dirujuk ke instansi mitra");
		WebElement referral = find(By.cssSelector(".ewtriage-referral"));
		String id = referral.getAttribute("id").replace("referral-", "");

		find(By.id("answer-" + id + "-ACCEPTED")).click();
		press("answer-submit-" + id);
		assertThat(find(By.id("referral-" + id)).getText()).contains("Diterima");
		type("outcome-" + id, "Perekrut dipanggil dan diperiksa polisi.");
		press("outcome-submit-" + id);
		assertThat(find(By.id("referral-" + id)).getText()).contains("Perekrut dipanggil dan diperiksa polisi.");

		new Select(find(By.id("closingReason"))).selectByValue(ClosingReason.HANDED_TO_POLICE.name());
		type("outcomeNote", "Laporan Anda sudah diteruskan ke polisi dan sedang ditangani. Terima kasih.");
		press("close-submit");
		assertThat(find(By.id("report-state")).getText()).isEqualTo("Selesai");
		assertThat(find(By.id("report-outcome")).getText()).contains("sudah diteruskan ke polisi");
		assertThat(find(By.id("trail")).getText()).contains("intel.wonosobo", "Konfirmasi ke perangkat desa Pakuncen",
				"Diserahkan ke kepolisian");

		Report closed = this.reports.findById(report.getId()).orElseThrow();
		assertThat(closed.getState()).isEqualTo(ReportState.CLOSED);
		assertThat(closed.getClosingReason()).isEqualTo(ClosingReason.HANDED_TO_POLICE);
		assertThat(this.trail.firstBroken(report.getId())).isEmpty();
	}

	private void move(String target, String reason) {
		new Select(find(By.id("target"))).selectByValue(target);
		type("reason", reason);
		press("status-submit");
		find(By.id("flash"));
	}

}
