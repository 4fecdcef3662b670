package id.desabinaan.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.outreach.participant.HeldActivities;
import id.desabinaan.outreach.participant.TestFiles;
import id.desabinaan.outreach.quiz.QuizQuestion;
import id.desabinaan.outreach.quiz.QuizService;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * The participant and quiz journeys in Chromium: an officer imports a CSV list with two
 * bad rows, sees their row numbers and imports the good rows; he sets up the quiz; a
 * resident answers it on a phone through the link.
 */
class ParticipantsAndQuizBrowserTests extends BrowserTestSupport {

	@Autowired
	ActivityService activities;

	@Autowired
	PartnerVillageDirectory villages;

	@Autowired
	QuizService quizzes;

	@Autowired
	UserDetailsService users;

	@Test
	void staffImportAListWithTwoBadRowsAndChooseTheGoodRows() throws Exception {
		long id = HeldActivities.heldInPakuncen(this.activities, this.villages, this.users);
		Path file = Files.createTempFile("daftar-hadir-", ".csv");
		Files.write(file,
				TestFiles.csv("Nama;Jenis kelamin;Umur;Kelompok sasaran;Telepon;NIK",
						"Siti Aminah;P;27;calon PMI;0812 3456 7890;", "Budi Santoso;X;45;PMI purna;;",
						"Rina Lestari;P;16;pelajar;;", "Joko Susilo;L;38;masyarakat umum;;",
						"Dewi Rahayu;P;200;calon PMI;;", "Agus Wibowo;L;52;perangkat desa;;"));
		browser(Window.DESKTOP);
		signIn("staf.wonosobo", "Staf#Wonosobo2026");

		open("/app/kegiatan/" + id);
		find(By.id("participant-list")).click();
		find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		screenshot("upload");
		find(By.id("upload-submit")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("problems")));

		List<WebElement> rows = browser().findElements(By.cssSelector("#problems tbody tr"));
		assertThat(rows).extracting((row) -> row.findElement(By.cssSelector("td")).getText()).containsExactly("3", "6");
		assertThat(rows.get(0).getText()).contains("Jenis kelamin", "\u201cX\u201d bukan L atau P");
		assertThat(rows.get(1).getText()).contains("Umur", "\u201c200\u201d bukan umur");
		assertThat(find(By.id("summary")).getText()).contains("6 baris, 2 baris salah, 4 baris benar");
		screenshot("review");

		find(By.id("import-good-rows")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("participants")));
		assertThat(find(By.cssSelector(".flash.ok")).getText()).contains("4 peserta baru", "2 baris salah dilewati");
		assertThat(browser().findElements(By.cssSelector("#participants tbody tr"))).hasSize(4);
		assertThat(this.activities.find(HeldActivities.user(this.users, "admin"), id).participants()).isEqualTo(4);
		Files.deleteIfExists(file);
	}

	@Test
	void staffSetUpTheQuizAndShowItsLink() {
		long id = HeldActivities.heldInPakuncen(this.activities, this.villages, this.users);
		browser(Window.DESKTOP);
		signIn("staf.wonosobo", "Staf#Wonosobo2026");

		open("/app/kegiatan/" + id + "/kuis");
		List<WebElement> boxes = browser().findElements(By.cssSelector("input[name=questionIds]"));
		for (int i = 0; i < 5; i++) {
			boxes.get(i * 3).click();
		}
		find(By.id("save-questions")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("quiz-public-link")));

		assertThat(browser().findElements(By.cssSelector("#quiz-questions li"))).hasSize(5);
		assertThat(find(By.id("quiz-public-link")).getText()).matches(".*/kuis/[2-9A-HJKMNP-Z]{20}");
		assertThat(find(By.cssSelector("img.quiz-qr")).getAttribute("src")).startsWith("data:image/png");
	}

	@Test
	void aResidentAnswersTheQuizOnAPhoneThroughTheLink() {
		long id = HeldActivities.heldInPakuncen(this.activities, this.villages, this.users);
		List<QuizQuestion> questions = this.quizzes.bank().subList(0, 4);
		this.quizzes.setQuestions(HeldActivities.user(this.users, "staf.wonosobo"), id,
				questions.stream().map(QuizQuestion::getId).toList());
		String code = this.quizzes.overview(HeldActivities.user(this.users, "staf.wonosobo"), id).code();
		browser(Window.PHONE);

		open("/kuis/" + code);
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Kuis pengetahuan keimigrasian");
		screenshot("quiz");
		click(By.id("phase-POST"));
		for (int q = 0; q < questions.size(); q++) {
			int option = (q < 3) ? questions.get(q).getCorrectOption()
					: (questions.get(q).getCorrectOption() + 1) % questions.get(q).getOptions().size();
			click(By.id("q" + q + "-" + option));
		}
		click(By.id("send-answers"));
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("score")));

		assertThat(find(By.id("score")).getText()).isEqualTo("Jawaban benar: 3 dari 4 (Sesudah materi (post-test)).");
		assertThat(browser().findElements(By.cssSelector("#correct-answers li"))).hasSize(4);
		assertThat(browser().manage().getCookieNamed("JSESSIONID")).isNull();
		assertThat(this.quizzes.results(id).post().responses()).isEqualTo(1);
	}

	/** Clicks an element after scrolling it into view (a phone shows little at once). */
	private void click(By by) {
		WebElement element = find(by);
		((org.openqa.selenium.JavascriptExecutor) browser())
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

}
