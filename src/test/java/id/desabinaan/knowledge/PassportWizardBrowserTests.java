package id.desabinaan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.desabinaan.browser.BrowserTestSupport;

/**
 * A resident runs the requirements wizard on a phone, without an account, and prints the
 * result: it fits one A4 page, without the questions and the sharing links.
 */
class PassportWizardBrowserTests extends BrowserTestSupport {

	@Test
	void aResidentRunsTheWizardOnAPhoneAndPrintsTheResultOnOnePage() throws Exception {
		WebDriver browser = browser(Window.PHONE);
		open("/paspor/syarat");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Syarat dan biaya paspor");
		screenshot("questions");

		choose("type", "LOST");
		choose("under17", "true");
		choose("married", "false");
		choose("electronic", "true");
		choose("validity", "5");
		choose("sameDay", "true");
		find(By.id("wilayah-query")).sendKeys("33.07.06.2009");
		find(By.cssSelector("#wizard-form button[type='submit']")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("result")));

		assertThat(browser.getCurrentUrl()).contains("/paspor/syarat?type=LOST&under17=true&married=false")
			.contains("wilayahQuery=33.07.06.2009");
		assertThat(find(By.id("documents")).getText()).contains("KTP-el ayah dan ibu",
				"Surat keterangan kehilangan dari kepolisian");
		assertThat(find(By.id("steps")).getText()).contains("Ayah dan ibu datang bersama anak");
		assertThat(find(By.id("total")).getText()).isEqualTo("Rp2.650.000");
		assertThat(find(By.id("office")).getText()).contains("Kantor Imigrasi Kelas II Non TPI Wonosobo");
		assertThat(find(By.id("whatsapp")).getAttribute("href")).startsWith("https://wa.me/?text=");
		assertFitsTheWindow(browser);
		screenshot("result");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", find(By.id("fees")));
		screenshot("result-fees");

		byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(a4()).getContent());
		try (PDDocument printed = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
			assertThat(printed.getNumberOfPages()).as("printed pages").isEqualTo(1);
			assertThat(text).contains("Rp2.650.000", "Surat keterangan kehilangan dari kepolisian",
					"Kantor Imigrasi Kelas II Non TPI Wonosobo");
			assertThat(text).doesNotContain("Ubah jawaban", "Kirim lewat WhatsApp");
		}

		((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(find(By.id("wizard-form")).isDisplayed()).as("questions hidden in print").isFalse();
		assertThat(find(By.id("share")).isDisplayed()).as("share links hidden in print").isFalse();
		assertThat(find(By.id("result")).isDisplayed()).isTrue();
		screenshot("print-view");
	}

	private void choose(String question, String answer) {
		find(By.cssSelector("input[name='" + question + "'][value='" + answer + "']")).click();
	}

	private static PrintOptions a4() {
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		options.setBackground(false);
		return options;
	}

	private static void assertFitsTheWindow(WebDriver browser) {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
	}

}
