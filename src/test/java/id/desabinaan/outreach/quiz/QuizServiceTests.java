package id.desabinaan.outreach.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.participant.HeldActivities;
import id.desabinaan.outreach.quiz.QuizService.QuizOverview;
import id.desabinaan.outreach.quiz.QuizService.Score;
import id.desabinaan.outreach.quiz.QuizService.VillageResults;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * The pre/post quiz against the real database and outreach core: setup from the bank,
 * scoring, paper and link answers, results per activity and per village, scope.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class QuizServiceTests {

	@Autowired
	QuizService service;

	@Autowired
	QuestionBank bank;

	@Autowired
	ActivityService activities;

	@Autowired
	PartnerVillageDirectory villages;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser staff;

	long activityId;

	List<QuizQuestion> questions;

	@BeforeEach
	void quizOfFourQuestions() {
		this.staff = HeldActivities.user(this.users, "staf.wonosobo");
		this.activityId = HeldActivities.heldInPakuncen(this.activities, this.villages, this.users);
		this.questions = this.service.bank().subList(0, 4);
		this.service.setQuestions(this.staff, this.activityId,
				this.questions.stream().map(QuizQuestion::getId).toList());
	}

	@Test
	void theBankHoldsTwelveOrMoreQuestionsOnEveryTopic() {
		assertThat(this.service.bank()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(this.service.bank()).extracting(QuizQuestion::getTopic).contains(QuizTopic.values());
		assertThat(this.service.bank()).allSatisfy((question) -> {
			assertThat(question.getOptions()).hasSizeBetween(3, 4);
			assertThat(question.getCorrectOption()).isBetween(0, question.getOptions().size() - 1);
		});
	}

	@Test
	void scoresEachSheetAndAveragesPreAndPostIntoAGain() {
		// pre: 1 of 4 and 2 of 4 correct (37.5 %); post: 4 of 4 and 3 of 4 (87.5 %)
		assertThat(paper(QuizPhase.PRE, 1)).isEqualTo(new Score(QuizPhase.PRE, 1, 4));
		paper(QuizPhase.PRE, 2);
		paper(QuizPhase.POST, 4);
		Score three = paper(QuizPhase.POST, 3);
		assertThat(three.percent()).isEqualTo(75);

		QuizResults results = this.service.results(this.activityId);

		assertThat(results.pre().responses()).isEqualTo(2);
		assertThat(results.pre().averagePercent()).isCloseTo(37.5, within(0.001));
		assertThat(results.post().responses()).isEqualTo(2);
		assertThat(results.post().averagePercent()).isCloseTo(87.5, within(0.001));
		assertThat(results.gainPoints()).isCloseTo(50.0, within(0.001));
	}

	@Test
	void aGainNeedsAnswersOfBothPhases() {
		paper(QuizPhase.PRE, 2);

		assertThat(this.service.results(this.activityId).gainPoints()).isNull();
	}

	@Test
	void blankAnswersScoreNothingAndABlankSheetIsRefused() {
		List<Integer> oneAnswer = Arrays.asList(this.questions.get(0).getCorrectOption(), null, null, null);
		assertThat(this.service.recordPaper(this.staff, this.activityId, QuizPhase.PRE, oneAnswer).correct())
			.isEqualTo(1);
		assertThatThrownBy(() -> this.service.recordPaper(this.staff, this.activityId, QuizPhase.PRE,
				Arrays.asList(null, null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("quiz.error.noAnswer"));
		assertThatThrownBy(() -> this.service.recordPaper(this.staff, this.activityId, null, List.of(0, 0, 0, 0)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("phase"));
		assertThatThrownBy(
				() -> this.service.recordPaper(this.staff, this.activityId, QuizPhase.PRE, List.of(0, 0, 0, 9)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("quiz.error.answerUnknown"));
	}

	@Test
	void questionsChangeOnlyUntilTheFirstAnswer() {
		List<Long> others = this.service.bank().subList(4, 9).stream().map(QuizQuestion::getId).toList();
		this.service.setQuestions(this.staff, this.activityId, others);
		assertThat(this.service.overview(this.staff, this.activityId).questions()).extracting(QuizQuestion::getId)
			.containsExactlyElementsOf(others);
		this.questions = this.service.overview(this.staff, this.activityId).questions();
		paper(QuizPhase.PRE, 1);

		assertThatThrownBy(() -> this.service.setQuestions(this.staff, this.activityId, others.subList(0, 3)))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.service.setQuestions(this.staff,
				HeldActivities.heldInPakuncen(this.activities, this.villages, this.users), others.subList(0, 2)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getMessageCode()).isEqualTo("quiz.error.questionCount"));
	}

	@Test
	void theLinkTakesAnswersWhileOpenAndKeepsNothingAboutTheRespondent() {
		String code = this.service.overview(this.staff, this.activityId).code();
		assertThat(code).hasSizeGreaterThanOrEqualTo(16);

		Score score = this.service.answer(code, QuizPhase.PRE, correctAnswers(2));
		assertThat(score.correct()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select * from outreach_quiz_response where phase = 'PRE' and quiz_id = "
				+ "(select id from outreach_quiz where activity_id = ?)", this.activityId))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("source")).isEqualTo("LINK");
				assertThat(row.keySet()).noneMatch((column) -> column.contains("ip") || column.contains("agent"));
				assertThat(row.get("created_by")).isNotEqualTo(this.staff.getUsername());
			});

		this.service.setLinkOpen(this.staff, this.activityId, false);

		assertThat(this.service.publicQuiz(code)).hasValueSatisfying((quiz) -> assertThat(quiz.open()).isFalse());
		assertThatThrownBy(() -> this.service.answer(code, QuizPhase.POST, correctAnswers(4)))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.service.publicQuiz("ABCDEFGHJKMNPQRSTUVW")).isEmpty();
		assertThat(this.service.publicQuiz("short")).isEmpty();
	}

	@Test
	void viewersReadTheResultsButNeitherTheLinkNorAnyChange() {
		for (String viewer : List.of("nasional", "kanwil.jateng")) {
			CurrentUser user = HeldActivities.user(this.users, viewer);
			QuizOverview overview = this.service.overview(user, this.activityId);
			assertThat(overview.mayManage()).isFalse();
			assertThat(overview.code()).isNull();
			assertThatThrownBy(() -> this.service.recordPaper(user, this.activityId, QuizPhase.PRE, correctAnswers(1)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.service.setLinkOpen(user, this.activityId, false))
				.isInstanceOf(AccessDeniedException.class);
		}
		CurrentUser otherOffice = HeldActivities.user(this.users, "kepala.yogyakarta");
		assertThatThrownBy(() -> this.service.overview(otherOffice, this.activityId))
			.isInstanceOf(AccessDeniedException.class);
		CurrentUser village = HeldActivities.user(this.users, "desa.pakuncen");
		assertThat(this.service.recordPaper(village, this.activityId, QuizPhase.PRE, correctAnswers(1)).correct())
			.isEqualTo(1);
	}

	@Test
	void aVillageAddsUpTheActivitiesAnsweredBeforeAndAfter() {
		paper(QuizPhase.PRE, 1);
		paper(QuizPhase.POST, 3);
		long second = HeldActivities.heldInPakuncen(this.activities, this.villages, this.users);
		this.service.setQuestions(this.staff, second, this.questions.stream().map(QuizQuestion::getId).toList());
		this.service.recordPaper(this.staff, second, QuizPhase.PRE, correctAnswers(2));
		this.service.recordPaper(this.staff, second, QuizPhase.POST, correctAnswers(4));
		long onlyPre = HeldActivities.heldInPakuncen(this.activities, this.villages, this.users);
		this.service.setQuestions(this.staff, onlyPre, this.questions.stream().map(QuizQuestion::getId).toList());
		this.service.recordPaper(this.staff, onlyPre, QuizPhase.PRE, correctAnswers(0));
		long villageId = this.activities.find(this.staff, this.activityId).villageId();

		VillageResults village = this.service.village(this.staff, villageId);

		assertThat(village.activities()).extracting(QuizService.ActivityLine::activityId)
			.contains(this.activityId, second, onlyPre);
		assertThat(village.activitiesCounted()).isGreaterThanOrEqualTo(2);
		assertThat(village.overall().gainPoints()).isNotNull().isPositive();
		assertThatThrownBy(() -> this.service.village(HeldActivities.user(this.users, "kepala.yogyakarta"), villageId))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void thePublicResultsAreAggregatesOfPublicActivities() {
		paper(QuizPhase.PRE, 2);

		assertThat(this.service.publicResults(this.activityId)).hasValueSatisfying((results) -> {
			assertThat(results.questions()).isEqualTo(4);
			assertThat(results.results().pre().responses()).isEqualTo(1);
		});
		assertThat(
				this.service.publicResults(HeldActivities.heldInPakuncen(this.activities, this.villages, this.users)))
			.as("no quiz")
			.isEmpty();
	}

	@Test
	void onlyAnAdministratorChangesTheBankAndAChangeIsChecked() {
		CurrentUser admin = HeldActivities.user(this.users, "admin");
		List<QuizQuestion.Option> options = List.of(new QuizQuestion.Option("Ya", "Yes"),
				new QuizQuestion.Option("Tidak", "No"), new QuizQuestion.Option("Tidak tahu", "Do not know"));
		long id = this.bank.create(admin, QuizTopic.PASSPORT, "Soal uji?", "Test question?", options, 1);
		assertThat(this.bank.get(admin, id).isCorrect(1)).isTrue();

		assertThatThrownBy(() -> this.bank.create(this.staff, QuizTopic.PASSPORT, "x", "x", options, 0))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.bank.change(admin, id, QuizTopic.PASSPORT, "x", "x", options.subList(0, 2), 0))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("options"));
		assertThatThrownBy(() -> this.bank.change(admin, id, QuizTopic.PASSPORT, "x", "x", options, 3))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("correctOption"));

		this.bank.setActive(admin, id, false);
		assertThat(this.service.bank()).extracting(QuizQuestion::getId).doesNotContain(id);
	}

	private Score paper(QuizPhase phase, int correct) {
		return this.service.recordPaper(this.staff, this.activityId, phase, correctAnswers(correct));
	}

	/** Answers to the four questions: the first {@code correct} right, the rest wrong. */
	private List<Integer> correctAnswers(int correct) {
		return java.util.stream.IntStream.range(0, this.questions.size()).mapToObj((i) -> {
			int right = this.questions.get(i).getCorrectOption();
			return (i < correct) ? right : (right + 1) % this.questions.get(i).getOptions().size();
		}).toList();
	}

}
