package id.desabinaan.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.village.CertificateReader.Certificate;
import id.desabinaan.village.internal.DesignationView;
import id.desabinaan.village.internal.VillageFixtures;
import id.desabinaan.village.internal.VillageService;

/**
 * The designation journey in Chromium: the head of Kanim Wonosobo proposes and designates
 * a village and downloads its certificate; a resident opens Pakuncen's public page.
 */
class VillageBrowserTests extends BrowserTestSupport {

	@Autowired
	VillageService service;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UserDetailsService users;

	@Test
	void theOfficeHeadDesignatesAVillageAndDownloadsItsCertificate() throws Exception {
		String code = VillageFixtures.freeWonosoboVillage(this.regions, this.service,
				VillageFixtures.user(this.users, "admin"));
		signIn("kepala.wonosobo", "Kepala#Wonosobo2026");
		WebDriver browser = open("/app/desa/baru");
		find(By.id("village-query")).sendKeys(code);
		find(By.cssSelector("input[name='criteria'][value='MANY_ABROAD']")).click();
		find(By.cssSelector("input[name='criteria'][value='PAST_TPPO']")).click();
		find(By.cssSelector("main form button[type='submit']")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("designate")));
		assertThat(find(By.id("state")).getText()).isEqualTo("Diusulkan");
		screenshot("proposed");

		find(By.id("designate")).click();
		find(By.id("decreeNumber")).sendKeys("W13.IMI.IMI.5-GR.01.01-BROWSER");
		setValue("decreeDate", "2025-11-20");
		find(By.id("signingOfficial")).sendKeys("Kepala Kantor Imigrasi Kelas II Non TPI Wonosobo");
		setValue("ceremonyDate", "2025-11-20");
		find(By.id("ceremonyPlace")).sendKeys("Balai Desa");
		find(By.id("guests")).sendKeys("Kepala Desa; Pemerintah Desa");
		find(By.cssSelector("main form button[type='submit']")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("certificate")));
		assertThat(find(By.id("state")).getText()).isEqualTo("Ditetapkan");
		screenshot("designated");

		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(find(By.id("certificate")).getAttribute("href")))
				.header("Cookie", cookies)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		Certificate certificate = CertificateReader.read(pdf.body());
		DesignationView view = this.service.publicVillage(code);
		assertThat(certificate.text()).contains("Kantor Imigrasi Kelas II Non TPI Wonosobo", view.villageName(), code,
				"W13.IMI.IMI.5-GR.01.01-BROWSER", "20 November 2025");
		assertThat(certificate.qr()).endsWith("/verifikasi/" + view.verificationCode());

		open(URI.create(certificate.qr()).getPath());
		assertThat(find(By.id("verdict")).getText()).contains("SAH");
	}

	@Test
	void aResidentOpensPakuncensPublicPage() {
		open("/desa?province=33&regency=33.07");
		find(By.cssSelector("a[href$='/desa/33.07.06.2009']")).click();
		waitUntil(ExpectedConditions.urlContains("/desa/33.07.06.2009"));
		assertThat(find(By.tagName("h1")).getText()).contains("Pakuncen", "Selomerto");
		assertThat(pageText()).contains("Kantor Imigrasi Kelas II Non TPI Wonosobo", "7 Maret 2024");
		screenshot("pakuncen");
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", find(By.id(id)), value);
	}

}
