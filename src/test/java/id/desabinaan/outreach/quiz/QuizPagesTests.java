package id.desabinaan.outreach.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.participant.HeldActivities;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * The quiz pages over real HTTP: the public page a resident opens from the link (no
 * account, no session, no script, light), answering it, a closed link, the public JSON
 * results, and the staff pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class QuizPagesTests {

	private static final int BUDGET_BYTES = 30 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	QuizService quizzes;

	@Autowired
	ActivityService activities;

	@Autowired
	PartnerVillageDirectory villages;

	@Autowired
	UserDetailsService users;

	private final HttpClient client = HttpClient.newHttpClient();

	MockMvc mvc;

	CurrentUser staff;

	long activityId;

	String code;

	List<QuizQuestion> questions;

	@BeforeEach
	void quiz() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.staff = HeldActivities.user(this.users, "staf.wonosobo");
		this.activityId = HeldActivities.heldInPakuncen(this.activities, this.villages, this.users);
		this.questions = this.quizzes.bank().subList(0, 3);
		this.quizzes.setQuestions(this.staff, this.activityId,
				this.questions.stream().map(QuizQuestion::getId).toList());
		this.code = this.quizzes.overview(this.staff, this.activityId).code();
	}

	@Test
	void theQuizPageWorksWithoutAccountSessionOrScriptAndStaysLight() throws Exception {
		HttpResponse<byte[]> response = this.client.send(
				request("/kuis/" + this.code).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
		Document page = Jsoup.parse(gunzip(response.body()));
		assertThat(page.select("form[method=post]")).singleElement().satisfies((form) -> {
			assertThat(form.hasAttr("action")).as("posts to its own address").isFalse();
			assertThat(form.select("input[name=_csrf]")).isEmpty();
		});
		assertThat(page.select("input[name=phase]")).hasSize(2);
		assertThat(page.select("fieldset.quiz-question")).hasSize(3);
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("script:not([src])")).isEmpty();
		long total = response.body().length;
		for (String css : page.select("link[rel=stylesheet]").eachAttr("href")) {
			total += this.client
				.send(request(css).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray())
				.body().length;
		}
		assertThat(total).isLessThan(BUDGET_BYTES);
	}

	@Test
	void aResidentAnswersThroughTheLinkAndSeesTheCorrectAnswersAfterThePostTest() throws Exception {
		Map<String, String> answers = answers("POST", this.questions.size());

		HttpResponse<String> response = post("/kuis/" + this.code, answers);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#score").text()).startsWith("Jawaban benar: 3 dari 3");
		assertThat(page.select("#correct-answers li")).hasSize(3);
		assertThat(this.quizzes.results(this.activityId).post().responses()).isEqualTo(1);
	}

	@Test
	void theFormComesBackWithTheAnswersWhenThePhaseIsMissing() throws Exception {
		Map<String, String> answers = answers(null, 2);

		Document page = Jsoup.parse(post("/kuis/" + this.code, answers).body());

		assertThat(page.select(".quiz-phase .field-error").text()).isEqualTo("Pilih: sebelum atau sesudah materi.");
		assertThat(page.select("input[name='answers[0]'][checked]").attr("value"))
			.isEqualTo(String.valueOf(this.questions.get(0).getCorrectOption()));
		assertThat(this.quizzes.results(this.activityId).any()).isFalse();
	}

	@Test
	void aClosedLinkSaysSoAndTakesNoAnswers() throws Exception {
		this.quizzes.setLinkOpen(this.staff, this.activityId, false);

		Document page = Jsoup.parse(
				this.client.send(request("/kuis/" + this.code).build(), HttpResponse.BodyHandlers.ofString()).body());
		assertThat(page.select("#closed").text()).isEqualTo("Kuis ini sudah ditutup. Terima kasih.");
		assertThat(page.select("form[method=post]")).isEmpty();

		HttpResponse<String> sent = post("/kuis/" + this.code, answers("PRE", 3));
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(sent.body()).select("#closed")).isNotEmpty();
		assertThat(this.quizzes.results(this.activityId).any()).isFalse();
	}

	@Test
	void absurdFormInputIsRefusedOnThePageNeverWithA500() throws Exception {
		Map<String, String> answers = answers("PRE", 3);
		answers.put("answers[300]", "1");
		answers.put("answers[7]", "x");
		assertThat(post("/kuis/" + this.code, answers).statusCode()).isEqualTo(200);
		MockHttpServletResponse bank = this.mvc
			.perform(MockMvcRequestBuilders.post("/app/kuis/soal/baru")
				.with(user(HeldActivities.user(this.users, "admin")))
				.with(csrf())
				.param("optionId[300]", "x")
				.param("correctOption", "abc"))
			.andReturn()
			.getResponse();
		assertThat(bank.getStatus()).isEqualTo(200);
		assertThat(bank.getContentAsString()).contains("class=\"field-error\"");
	}

	@Test
	void anUnknownCodeIsNotFound() throws Exception {
		assertThat(this.client.send(request("/kuis/ABCDEFGHJKMNPQRSTUVW").build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(404);
		assertThat(post("/kuis/ABCDEFGHJKMNPQRSTUVW", answers("PRE", 3)).statusCode()).isEqualTo(404);
	}

	@Test
	void thePublicApiGivesAggregatesOnly() throws Exception {
		this.quizzes.recordPaper(this.staff, this.activityId, QuizPhase.PRE, List.of(0, 0, 0));
		this.quizzes.answer(this.code, QuizPhase.POST, correct(3));

		HttpResponse<String> response = this.client.send(
				request("/api/v1/activities/" + this.activityId + "/quiz-results").header("Accept", "application/json")
					.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode json = JsonMapper.builder().build().readTree(response.body());
		assertThat(json.path("activityId").asLong()).isEqualTo(this.activityId);
		assertThat(json.path("questions").asInt()).isEqualTo(3);
		assertThat(json.path("pre").path("respondents").asInt()).isEqualTo(1);
		assertThat(json.path("post").path("averageScorePercent").asDouble()).isEqualTo(100.0);
		assertThat(json.path("gainPercentagePoints").isNumber()).isTrue();
		List<String> fields = new ArrayList<>();
		json.propertyNames().forEach(fields::add);
		assertThat(fields).containsExactlyInAnyOrder("activityId", "questions", "pre", "post", "gainPercentagePoints");

		HttpResponse<String> none = this.client.send(request("/api/v1/activities/"
				+ HeldActivities.heldInPakuncen(this.activities, this.villages, this.users) + "/quiz-results")
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("problem+json"));
		String docs = this.client
			.send(request("/v3/api-docs").header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(docs).contains("/api/v1/activities/{id}/quiz-results", "gainPercentagePoints");
	}

	@Test
	void staffSeeTheLinkAndItsQrCodeViewersOnlyTheResults() throws Exception {
		Document staffPage = Jsoup.parse(page("staf.wonosobo", "/app/kegiatan/" + this.activityId + "/kuis"));
		assertThat(staffPage.select("#quiz-public-link").text()).endsWith("/kuis/" + this.code);
		assertThat(staffPage.select("img.quiz-qr").attr("src")).startsWith("data:image/png;base64,");
		assertThat(staffPage.select("#quiz-results")).isNotEmpty();

		String viewerPage = page("nasional", "/app/kegiatan/" + this.activityId + "/kuis");
		assertThat(viewerPage).doesNotContain(this.code);
		assertThat(Jsoup.parse(viewerPage).select("#quiz-results")).isNotEmpty();
	}

	@Test
	void staffTypeInPaperSheetsOneAfterAnother() throws Exception {
		MockHttpServletResponse saved = this.mvc
			.perform(MockMvcRequestBuilders.post("/app/kegiatan/" + this.activityId + "/kuis/jawaban")
				.with(user(this.staff))
				.with(csrf())
				.param("phase", "PRE")
				.param("answers[0]", String.valueOf(this.questions.get(0).getCorrectOption()))
				.param("answers[1]", "")
				.param("answers[2]", String.valueOf(this.questions.get(2).getCorrectOption())))
			.andReturn()
			.getResponse();

		assertThat(saved.getRedirectedUrl()).isEqualTo("/app/kegiatan/" + this.activityId + "/kuis/jawaban");
		QuizResults results = this.quizzes.results(this.activityId);
		assertThat(results.pre().responses()).isEqualTo(1);
		assertThat(results.pre().averagePercent()).isCloseTo(66.67, org.assertj.core.api.Assertions.within(0.01));
	}

	@Test
	void theActivityPageShowsTheQuizResultsAndTheParticipantListToWhoMayRecord() throws Exception {
		this.quizzes.recordPaper(this.staff, this.activityId, QuizPhase.PRE, correct(1));

		Document staffPage = Jsoup.parse(page("staf.wonosobo", "/app/kegiatan/" + this.activityId));
		assertThat(staffPage.select("#participants-and-quiz #participant-list").attr("href"))
			.isEqualTo("/app/kegiatan/" + this.activityId + "/peserta");
		assertThat(staffPage.select("#activity-quiz-results .quiz-pre-count").text()).isEqualTo("1");
		Document viewerPage = Jsoup.parse(page("kanwil.jateng", "/app/kegiatan/" + this.activityId));
		assertThat(viewerPage.select("#participant-list")).isEmpty();
		assertThat(viewerPage.select("#activity-quiz-results .quiz-pre").text()).isEqualTo("33,3%");
	}

	@Test
	void anAdministratorAddsABankQuestionAndSeesWhatIsMissing() throws Exception {
		CurrentUser admin = HeldActivities.user(this.users, "admin");
		MockHttpServletResponse refused = this.mvc
			.perform(MockMvcRequestBuilders.post("/app/kuis/soal/baru")
				.with(user(admin))
				.with(csrf())
				.param("topic", "PASSPORT")
				.param("textId", "Soal?")
				.param("textEn", "Question?")
				.param("optionId[0]", "Ya")
				.param("optionEn[0]", "Yes")
				.param("correctOption", "0"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getContentAsString()).select(".field-error").text())
			.contains("Isi 3 sampai 4 pilihan");

		MockHttpServletResponse created = this.mvc
			.perform(MockMvcRequestBuilders.post("/app/kuis/soal/baru")
				.with(user(admin))
				.with(csrf())
				.param("topic", "E_PASSPORT")
				.param("textId", "Apakah paspor elektronik memakai chip? (uji)")
				.param("textEn", "Does an e-passport have a chip? (test)")
				.param("optionId[0]", "Ya")
				.param("optionEn[0]", "Yes")
				.param("optionId[1]", "Tidak")
				.param("optionEn[1]", "No")
				.param("optionId[2]", "Kadang-kadang")
				.param("optionEn[2]", "Sometimes")
				.param("correctOption", "0"))
			.andReturn()
			.getResponse();
		assertThat(created.getRedirectedUrl()).isEqualTo("/app/kuis/soal");
		assertThat(this.quizzes.bank()).extracting(QuizQuestion::getTextEn)
			.contains("Does an e-passport have a chip? (test)");
	}

	private String page(String username, String path) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.get(path).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private Map<String, String> answers(String phase, int correct) {
		Map<String, String> form = new LinkedHashMap<>();
		if (phase != null) {
			form.put("phase", phase);
		}
		List<Integer> chosen = correct(correct);
		for (int i = 0; i < chosen.size(); i++) {
			form.put("answers[" + i + "]", String.valueOf(chosen.get(i)));
		}
		return form;
	}

	private List<Integer> correct(int correct) {
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < this.questions.size(); i++) {
			int right = this.questions.get(i).getCorrectOption();
			chosen.add((i < correct) ? right : (right + 1) % this.questions.get(i).getOptions().size());
		}
		return chosen;
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

	private static String gunzip(byte[] compressed) throws Exception {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
