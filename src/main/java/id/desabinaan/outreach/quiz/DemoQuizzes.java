package id.desabinaan.outreach.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.participant.DemoParticipants;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * Demo quizzes, after the demo activities: Pakuncen's sosialisasi of 22 August 2024 (8
 * questions, 40 sheets before and 38 after, about 45 % before and 80 % after) and the
 * designation-day sosialisasi of 7 March 2024 (6 questions, 24 and 22 sheets), answered
 * on paper and typed in through the real service; both links are closed. Idempotent: an
 * activity that has a quiz is left alone. The answers are drawn from a fixed seed, so
 * every start shows the same figures.
 */
@Component
@Order(410)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoQuizzes implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoQuizzes.class);

	static final List<Demo> DEMOS = List.of(
			new Demo(DemoParticipants.ACTIVITY_TITLE, DemoParticipants.ACTIVITY_DATE,
					List.of("PASSPORT_DOCUMENTS", "PASSPORT_FREE_FOR_PMI", "MPASPOR_PAYMENT", "MIGRANT_MIN_AGE",
							"MIGRANT_VISA", "TPPO_ADVANCE", "TPPO_PASSPORT_HELD", "TPPO_ONLY_PASSPORT"),
					40, 0.45, 38, 0.80),
			new Demo("Pengukuhan Desa Binaan Imigrasi Pakuncen dan sosialisasi keimigrasian", LocalDate.of(2024, 3, 7),
					List.of("PASSPORT_DOCUMENTS", "PASSPORT_LOST", "MIGRANT_FAMILY_LETTER", "TPPO_ADVANCE",
							"FOREIGNER_REPORT_TIME", "FOREIGNER_WHO"),
					24, 0.40, 22, 0.72));

	private final QuizService quizzes;

	private final ActivityQuizzes stored;

	private final QuizQuestions questions;

	private final ActivityService activities;

	private final PartnerVillageDirectory villages;

	DemoQuizzes(QuizService quizzes, ActivityQuizzes stored, QuizQuestions questions, ActivityService activities,
			PartnerVillageDirectory villages) {
		this.quizzes = quizzes;
		this.stored = stored;
		this.questions = questions;
		this.activities = activities;
		this.villages = villages;
	}

	@Override
	public void run(ApplicationArguments args) {
		DEMOS.forEach(this::ensure);
	}

	private void ensure(Demo demo) {
		Optional<ActivityView> activity = DemoParticipants.pakuncenActivity(this.activities, this.villages,
				demo.title(), demo.date());
		if (activity.isEmpty()) {
			log.warn("Demo quiz not loaded: the demo activity \"{}\" is missing", demo.title());
			return;
		}
		long id = activity.get().id();
		if (this.stored.findByActivityId(id).isPresent()) {
			return;
		}
		CurrentUser loader = DemoParticipants.loader();
		List<QuizQuestion> asked = new ArrayList<>();
		for (String code : demo.questionCodes()) {
			this.questions.findByCode(code).ifPresent(asked::add);
		}
		this.quizzes.setQuestions(loader, id, asked.stream().map(QuizQuestion::getId).toList());
		Random random = new Random(id * 31 + demo.questionCodes().size());
		sheets(loader, id, QuizPhase.PRE, demo.preSheets(), demo.preRate(), asked, random);
		sheets(loader, id, QuizPhase.POST, demo.postSheets(), demo.postRate(), asked, random);
		this.quizzes.setLinkOpen(loader, id, false);
		log.info("Demo quiz of \"{}\" loaded", demo.title());
	}

	private void sheets(CurrentUser loader, long activityId, QuizPhase phase, int count, double rate,
			List<QuizQuestion> asked, Random random) {
		for (int sheet = 0; sheet < count; sheet++) {
			List<Integer> answers = new ArrayList<>();
			for (QuizQuestion question : asked) {
				int options = question.getOptions().size();
				boolean right = random.nextDouble() < rate;
				answers.add(right ? question.getCorrectOption()
						: (question.getCorrectOption() + 1 + random.nextInt(options - 1)) % options);
			}
			this.quizzes.recordPaper(loader, activityId, phase, answers);
		}
	}

	/**
	 * A demo quiz.
	 *
	 * @param title the demo activity's title
	 * @param date its day
	 * @param questionCodes the bank questions asked
	 * @param preSheets sheets before the material
	 * @param preRate share of right answers before
	 * @param postSheets sheets after the material
	 * @param postRate share of right answers after
	 */
	record Demo(String title, LocalDate date, List<String> questionCodes, int preSheets, double preRate, int postSheets,
			double postRate) {
	}

}
