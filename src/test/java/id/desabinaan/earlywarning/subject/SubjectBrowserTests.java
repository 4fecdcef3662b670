package id.desabinaan.earlywarning.subject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;

/**
 * The analyst's journey: intel.wonosobo opens a phone number named in three villages,
 * sees where it appears, and merges a proposed duplicate, in an office desktop window.
 */
class SubjectBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	Reports reports;

	@Autowired
	ReportTrail trail;

	@Test
	void anAnalystSeesWhereAPhoneNumberAppearsAndMergesADuplicate() {
		SubjectFixtures fixtures = new SubjectFixtures(this.context);
		Subject phone = fixtures.phoneInThreeVillages();
		DuplicateProposal proposal = fixtures.duplicatePair();
		browser(Window.DESKTOP);
		signIn("intel.wonosobo", "Intel#Wonosobo2026");

		open("/app/subjek/" + phone.getId() + "?lang=en");
		assertThat(find(By.id("subject-figures")).getText()).isEqualTo("appears in 3 reports from 3 villages");
		assertThat(pageText()).contains(phone.getNormalisedKey(), "Pakuncen", "Kaligowong", "Kecis");
		screenshot("subject");

		open("/app/laporan/duplikat");
		find(By.id("proposal-" + proposal.getId()));
		find(By.id("note-" + proposal.getId())).sendKeys("Same car, same night");
		screenshot("duplicates");
		find(By.id("merge-" + proposal.getId())).click();
		waitUntil((driver) -> !driver.findElements(By.cssSelector(".flash.ok")).isEmpty());
		assertThat(browser().findElements(By.id("proposal-" + proposal.getId()))).isEmpty();

		Report merged = this.reports.findById(proposal.getReportB()).orElseThrow();
		assertThat(merged.getState()).isEqualTo(ReportState.CLOSED);
		assertThat(merged.getClosingReason()).isEqualTo(ClosingReason.DUPLICATE);
		assertThat(merged.getMergedInto()).isEqualTo(proposal.getReportA());
		assertThat(this.trail.of(merged.getId())).extracting((entry) -> entry.getKind())
			.containsExactly("RECEIVED", DuplicateService.MERGED_INTO);
		assertThat(this.trail.of(proposal.getReportA())).extracting((entry) -> entry.getKind())
			.containsExactly("RECEIVED", DuplicateService.MERGED_FROM);

		open("/app/laporan/" + proposal.getReportA() + "/subjek");
		assertThat(find(By.id("merged-" + merged.getId())).getText()).contains("#" + merged.getId());
	}

}
