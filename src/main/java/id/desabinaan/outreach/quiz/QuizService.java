package id.desabinaan.outreach.quiz;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.outreach.ActivityFilter;
import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityStatus;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.PublicActivities;
import id.desabinaan.outreach.quiz.ActivityQuizzes.ActivityFacts;
import id.desabinaan.outreach.quiz.QuizResponses.PhaseFigures;
import id.desabinaan.outreach.quiz.QuizResults.PhaseResult;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * The pre/post knowledge quiz of activities. The scope is the activity's
 * ({@link ActivityService}): whoever may record the activity sets up its quiz, opens and
 * closes the link and types in paper answers; whoever may read it sees the results.
 * Results are aggregates only (responses and average scores per phase, the gain) and are
 * public for activities shown publicly. Anyone with the link answers while it is open;
 * nothing about the respondent is kept.
 */
@Service
@Transactional(readOnly = true)
public class QuizService {

	/** The fewest questions a quiz has. */
	public static final int MIN_QUESTIONS = 3;

	/** The most questions a quiz has (a phone screen, ten minutes). */
	public static final int MAX_QUESTIONS = 15;

	/**
	 * The most answers one link accepts per phase: far above any session, a bound on what
	 * a flood of fake answers could do to the figures.
	 */
	public static final int MAX_LINK_RESPONSES = 1000;

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private final ActivityQuizzes quizzes;

	private final QuizResponses responses;

	private final QuizQuestions questions;

	private final ActivityService activities;

	private final PartnerVillageDirectory villages;

	private final OfficeDirectory offices;

	private final PublicActivities publicActivities;

	QuizService(ActivityQuizzes quizzes, QuizResponses responses, QuizQuestions questions, ActivityService activities,
			PartnerVillageDirectory villages, OfficeDirectory offices, PublicActivities publicActivities) {
		this.publicActivities = publicActivities;
		this.quizzes = quizzes;
		this.responses = responses;
		this.questions = questions;
		this.activities = activities;
		this.villages = villages;
		this.offices = offices;
	}

	// ---- staff ----

	/** The quiz of an activity as staff see it (readers: results only). */
	public QuizOverview overview(CurrentUser user, long activityId) {
		ActivityView activity = this.activities.find(user, activityId);
		boolean manage = this.activities.permissions(user, activityId).edit();
		Optional<ActivityQuiz> quiz = this.quizzes.findByActivityId(activityId);
		List<QuizQuestion> chosen = quiz.map(this::questionsOf).orElse(List.of());
		long answered = quiz.map((found) -> this.responses.countByQuizId(found.getId())).orElse(0L);
		return new QuizOverview(activity, manage, quiz.isPresent(),
				manage ? quiz.map(ActivityQuiz::getCode).orElse(null) : null,
				quiz.map(ActivityQuiz::isLinkOpen).orElse(false), chosen, answered,
				quiz.map((found) -> results(List.of(found.getId()))).orElse(QuizResults.NONE));
	}

	/** The questions a new quiz may use, by topic. */
	public List<QuizQuestion> bank() {
		return this.questions.findByActiveTrue()
			.stream()
			.sorted(java.util.Comparator.comparing(QuizQuestion::getTopic).thenComparing(QuizQuestion::getId))
			.toList();
	}

	/**
	 * Sets up the quiz of an activity with these bank questions, or changes its questions
	 * while nobody has answered yet.
	 */
	@Transactional
	public void setQuestions(CurrentUser user, long activityId, List<Long> questionIds) {
		ActivityView activity = manageable(user, activityId);
		if (activity.status() == ActivityStatus.CANCELLED) {
			throw new RuleViolationException("questionIds", "quiz.error.cancelled");
		}
		List<Long> chosen = (questionIds != null) ? questionIds.stream().distinct().toList() : List.of();
		if (chosen.size() < MIN_QUESTIONS || chosen.size() > MAX_QUESTIONS) {
			throw new InvalidInputException("questionIds", "quiz.error.questionCount", MIN_QUESTIONS, MAX_QUESTIONS);
		}
		for (Long id : chosen) {
			if (id == null || !this.questions.findById(id).map(QuizQuestion::isActive).orElse(false)) {
				throw new InvalidInputException("questionIds", "quiz.error.questionUnknown");
			}
		}
		Optional<ActivityQuiz> existing = this.quizzes.findByActivityId(activityId);
		if (existing.isPresent()) {
			if (this.responses.countByQuizId(existing.get().getId()) > 0) {
				throw new RuleViolationException("questionIds", "quiz.error.alreadyAnswered");
			}
			existing.get().replaceQuestions(chosen);
			this.quizzes.saveAndFlush(existing.get());
		}
		else {
			this.quizzes.saveAndFlush(new ActivityQuiz(activityId, QuizCodes.next(), chosen));
		}
	}

	/** Opens or closes the quiz's public link. */
	@Transactional
	public void setLinkOpen(CurrentUser user, long activityId, boolean open) {
		manageable(user, activityId);
		ActivityQuiz quiz = quizOf(activityId);
		quiz.setLinkOpen(open);
		this.quizzes.saveAndFlush(quiz);
	}

	/**
	 * Records one paper sheet, typed in by staff.
	 * @param chosen the option (0-based) per question in the quiz's order, {@code null}
	 * where the sheet has no answer
	 * @return the sheet's score
	 */
	@Transactional
	public Score recordPaper(CurrentUser user, long activityId, QuizPhase phase, List<Integer> chosen) {
		ActivityView activity = manageable(user, activityId);
		if (activity.status() == ActivityStatus.CANCELLED) {
			throw new RuleViolationException("phase", "quiz.error.cancelled");
		}
		ActivityQuiz quiz = quizOf(activityId);
		return save(quiz, phase, ResponseSource.PAPER, chosen);
	}

	/** The results of an activity's quiz (aggregates only). */
	public QuizResults results(long activityId) {
		return this.quizzes.findByActivityId(activityId)
			.map((quiz) -> results(List.of(quiz.getId())))
			.orElse(QuizResults.NONE);
	}

	/**
	 * The results of an activity's quiz for the public API: only for an activity the
	 * public may read ({@link PublicActivities}) that has a quiz.
	 */
	public Optional<ActivityResults> publicResults(long activityId) {
		try {
			this.publicActivities.find(activityId);
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		return this.quizzes.findByActivityId(activityId)
			.map((quiz) -> new ActivityResults(activityId, quiz.getQuestionIds().size(),
					results(List.of(quiz.getId()))));
	}

	/**
	 * The quiz results of a village: each activity's, and all of them together. The
	 * village's figures take the activities whose quiz was answered both before and after
	 * (a gain needs both), each respondent counting once.
	 */
	public VillageResults village(CurrentUser user, long villageId) {
		PartnerVillageSummary village = this.activities.villagesToRead(user)
			.stream()
			.filter((candidate) -> candidate.id() == villageId)
			.findFirst()
			.orElseThrow(() -> this.villages.find(villageId).isPresent()
					? new AccessDeniedException("Village outside the account's scope")
					: new NotFoundException("quiz.village.notFound", villageId));
		Map<Long, ActivityQuiz> byActivity = this.quizzes.ofVillage(villageId, ActivityStatus.CANCELLED)
			.stream()
			.collect(Collectors.toMap(ActivityQuiz::getActivityId, Function.identity()));
		List<ActivityResults> perActivity = new ArrayList<>();
		List<ActivityLine> lines = new ArrayList<>();
		List<Long> complete = new ArrayList<>();
		for (ActivityView activity : this.activities.list(user,
				new ActivityFilter(null, villageId, null, null, null, null))) {
			ActivityQuiz quiz = byActivity.get(activity.id());
			if (quiz == null) {
				continue;
			}
			QuizResults results = results(List.of(quiz.getId()));
			perActivity.add(new ActivityResults(activity.id(), quiz.getQuestionIds().size(), results));
			lines.add(new ActivityLine(activity.id(), activity.title(), activity.date(), results));
			if (results.gainPoints() != null) {
				complete.add(quiz.getId());
			}
		}
		return new VillageResults(village, lines, complete.isEmpty() ? QuizResults.NONE : results(complete),
				complete.size());
	}

	// ---- public ----

	/** The quiz behind a link, as residents see it; empty for an unknown code. */
	public Optional<PublicQuiz> publicQuiz(String code) {
		if (!QuizCodes.isWellFormed(code)) {
			return Optional.empty();
		}
		return this.quizzes.findByCode(code).flatMap((quiz) -> this.quizzes.facts(quiz.getActivityId()).map((facts) -> {
			String villageName = this.villages.find(facts.getVillageId()).map(PartnerVillageSummary::name).orElse(null);
			LocalDate date = facts.getStartsAt().atZone(zone(facts.getOfficeId())).toLocalDate();
			boolean open = quiz.isLinkOpen() && facts.getStatus() != ActivityStatus.CANCELLED;
			return new PublicQuiz(code, facts.getTitle(), villageName, date, open, questionsOf(quiz));
		}));
	}

	/**
	 * Records the answers sent through a quiz link.
	 * @throws NotFoundException for an unknown code
	 * @throws RuleViolationException when the link is closed or full
	 * @throws InvalidInputException when the phase is missing or nothing is answered
	 */
	@Transactional
	public Score answer(String code, QuizPhase phase, List<Integer> chosen) {
		PublicQuiz shown = publicQuiz(code).orElseThrow(() -> new NotFoundException("quiz.public.notFound"));
		if (!shown.open()) {
			throw new RuleViolationException("phase", "quiz.public.closed");
		}
		ActivityQuiz quiz = this.quizzes.findByCode(code).orElseThrow();
		if (phase != null && this.responses.countByQuizIdAndPhase(quiz.getId(), phase) >= MAX_LINK_RESPONSES) {
			throw new RuleViolationException("phase", "quiz.public.full");
		}
		return save(quiz, phase, ResponseSource.LINK, chosen);
	}

	// ---- helpers ----

	private Score save(ActivityQuiz quiz, QuizPhase phase, ResponseSource source, List<Integer> chosen) {
		if (phase == null) {
			throw new InvalidInputException("phase", "quiz.error.phase");
		}
		List<QuizQuestion> asked = questionsOf(quiz);
		List<Integer> answers = (chosen != null) ? chosen : List.of();
		if (answers.stream().allMatch((answer) -> answer == null)) {
			throw new InvalidInputException("answers", "quiz.error.noAnswer");
		}
		for (int i = 0; i < answers.size(); i++) {
			Integer answer = answers.get(i);
			if (answer != null && (i >= asked.size() || answer < 0 || answer >= asked.get(i).getOptions().size())) {
				throw new InvalidInputException("answers", "quiz.error.answerUnknown");
			}
		}
		QuizResponse response = this.responses
			.saveAndFlush(QuizResponse.score(quiz.getId(), phase, source, asked, answers));
		return new Score(response.getPhase(), response.getCorrect(), response.getTotal());
	}

	private QuizResults results(List<Long> quizIds) {
		PhaseResult pre = PhaseResult.NONE;
		PhaseResult post = PhaseResult.NONE;
		for (PhaseFigures figures : this.responses.figures(quizIds)) {
			PhaseResult result = new PhaseResult(figures.getResponses(), figures.getAveragePercent());
			if (figures.getPhase() == QuizPhase.PRE) {
				pre = result;
			}
			else {
				post = result;
			}
		}
		return new QuizResults(pre, post);
	}

	private List<QuizQuestion> questionsOf(ActivityQuiz quiz) {
		Map<Long, QuizQuestion> found = this.questions.findAllById(new HashSet<>(quiz.getQuestionIds()))
			.stream()
			.collect(Collectors.toMap(QuizQuestion::getId, Function.identity()));
		return quiz.getQuestionIds().stream().map(found::get).toList();
	}

	private ActivityQuiz quizOf(long activityId) {
		return this.quizzes.findByActivityId(activityId)
			.orElseThrow(() -> new NotFoundException("quiz.notFound", activityId));
	}

	private ActivityView manageable(CurrentUser user, long activityId) {
		ActivityView activity = this.activities.find(user, activityId);
		if (!this.activities.permissions(user, activityId).edit()) {
			throw new AccessDeniedException("Only who may record the activity manages its quiz");
		}
		return activity;
	}

	private ZoneId zone(long officeId) {
		return this.offices.find(officeId)
			.map(OfficeSummary::timeZone)
			.filter((zone) -> zone != null && !zone.isBlank())
			.map(ZoneId::of)
			.orElse(DEFAULT_ZONE);
	}

	/**
	 * An activity's quiz as staff see it.
	 *
	 * @param activity the activity
	 * @param mayManage whether the user sets up the quiz, opens the link, types answers
	 * @param exists whether the activity has a quiz
	 * @param code the link's code (only for who may manage), or {@code null}
	 * @param linkOpen whether the link accepts answers
	 * @param questions the quiz's questions in order
	 * @param responses how many responses were recorded
	 * @param results the aggregates
	 */
	public record QuizOverview(ActivityView activity, boolean mayManage, boolean exists, String code, boolean linkOpen,
			List<QuizQuestion> questions, long responses, QuizResults results) {

		/** Questions can change only until the first answer. */
		public boolean questionsChangeable() {
			return this.mayManage && this.responses == 0;
		}

	}

	/**
	 * The results of one activity's quiz.
	 *
	 * @param activityId the activity
	 * @param questions the number of questions
	 * @param results the aggregates
	 */
	public record ActivityResults(long activityId, int questions, QuizResults results) {
	}

	/**
	 * One activity on the village's results.
	 *
	 * @param activityId the activity
	 * @param title its title
	 * @param date its day
	 * @param results its quiz's aggregates
	 */
	public record ActivityLine(long activityId, String title, LocalDate date, QuizResults results) {
	}

	/**
	 * The quiz results of a village.
	 *
	 * @param village the partner village
	 * @param activities each activity with a quiz, latest first
	 * @param overall the village's figures over the activities answered before and after
	 * @param activitiesCounted how many activities the overall figures take
	 */
	public record VillageResults(PartnerVillageSummary village, List<ActivityLine> activities, QuizResults overall,
			int activitiesCounted) {
	}

	/**
	 * A quiz as residents see it through its link.
	 *
	 * @param code the link's code
	 * @param title the activity's title
	 * @param villageName the village's name
	 * @param date the activity's day
	 * @param open whether answers are accepted
	 * @param questions the questions in order
	 */
	public record PublicQuiz(String code, String title, String villageName, LocalDate date, boolean open,
			List<QuizQuestion> questions) {
	}

	/**
	 * The score of one response.
	 *
	 * @param phase before or after the material
	 * @param correct correct answers
	 * @param total questions
	 */
	public record Score(QuizPhase phase, int correct, int total) {

		public int percent() {
			return Math.round(this.correct * 100f / this.total);
		}

	}

}
