package id.desabinaan.village;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.internal.OfficerFixtures;
import id.desabinaan.village.internal.OfficerService;
import id.desabinaan.village.internal.VillageService;

/**
 * The officers journey in Chromium: the head of Kanim Wonosobo appoints an officer to a
 * partner village, later rotates him to a successor, and a resident opening the village's
 * public page sees the successor.
 */
class OfficerBrowserTests extends BrowserTestSupport {

	@Autowired
	VillageService villages;

	@Autowired
	OfficerService officers;

	@Autowired
	AccountAdministration administration;

	@Autowired
	OfficeDirectory offices;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UserDetailsService users;

	@Test
	void theHeadAppointsAnOfficerAndRotatesHimToASuccessorWhomThePublicPageThenShows() {
		OfficerFixtures fixtures = new OfficerFixtures(this.administration, this.offices, this.regions, this.villages,
				this.users);
		long village = fixtures.designatedWonosoboVillage();
		CurrentUser officer = fixtures.wonosoboOfficer("Sapto Nugroho");
		CurrentUser successor = fixtures.wonosoboOfficer("Sekar Ayuningtyas");
		String code = this.villages.viewFor(fixtures.user("admin"), village).villageCode();
		long office = this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id();
		browser(Window.DESKTOP);
		signIn("kepala.wonosobo", "Kepala#Wonosobo2026");

		open("/app/desa/" + village);
		find(By.id("appoint")).click();
		new Select(find(By.id("officer"))).selectByValue(String.valueOf(officer.accountId()));
		find(By.id("decreeNumber")).sendKeys("W13.IMI.IMI.5-KP.03.01-BROWSER");
		setValue("decreeDate", "2024-04-01");
		setValue("startDate", "2024-04-02");
		find(By.id("contact")).sendKeys("0812-0000-3308");
		screenshot("appoint-form");
		find(By.cssSelector("main form button[type='submit']")).click();
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("appointments"), "Sapto Nugroho"));
		assertThat(find(By.id("appointments")).getText()).contains("+6281200003308", "Bertugas");
		screenshot("appointed");

		open("/app/pimpasa?office=" + office);
		find(By.id("rotate")).click();
		new Select(find(By.id("from"))).selectByValue(String.valueOf(officer.accountId()));
		new Select(find(By.id("to"))).selectByValue(String.valueOf(successor.accountId()));
		setValue("date", this.officers.today(office).toString());
		find(By.id("contact")).sendKeys("0812-0000-3309");
		screenshot("rotation-form");
		find(By.cssSelector("main form button[type='submit']")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash")));
		assertThat(find(By.id("office-officers")).getText()).contains("Sekar Ayuningtyas");
		screenshot("rotated");

		open("/desa/" + code);
		String officers = find(By.id("officers")).getText();
		assertThat(officers).contains("Sekar Ayuningtyas", "+6281200003309").doesNotContain("Sapto Nugroho");
		screenshot("public-page");
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", find(By.id(id)), value);
	}

}
