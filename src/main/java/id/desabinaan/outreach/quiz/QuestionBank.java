package id.desabinaan.outreach.quiz;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.outreach.quiz.QuizQuestion.Option;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;

/**
 * The knowledge-quiz question bank. Every signed-in account reads it (staff choose
 * questions from it, village officials type in answers); only SYSTEM_ADMIN changes it,
 * because the bank is national content that must stay true (DOMAIN.md: what is true, not
 * what a press release said).
 */
@Service
@Transactional(readOnly = true)
public class QuestionBank {

	private static final Comparator<QuizQuestion> BY_TOPIC = Comparator.comparing(QuizQuestion::getTopic)
		.thenComparing(QuizQuestion::getId);

	private final QuizQuestions questions;

	QuestionBank(QuizQuestions questions) {
		this.questions = questions;
	}

	/** Every question, active first within each topic order. */
	public List<QuizQuestion> all(CurrentUser user) {
		requireSignedIn(user);
		return this.questions.findAll().stream().sorted(BY_TOPIC).toList();
	}

	/** The questions a new quiz may use, by topic. */
	public List<QuizQuestion> active() {
		return this.questions.findByActiveTrue().stream().sorted(BY_TOPIC).toList();
	}

	public QuizQuestion get(CurrentUser user, long id) {
		requireSignedIn(user);
		return question(id);
	}

	public boolean mayEdit(CurrentUser user) {
		return user != null && user.hasRole(Role.SYSTEM_ADMIN);
	}

	@Transactional
	public long create(CurrentUser user, QuizTopic topic, String textId, String textEn, List<Option> options,
			int correctOption) {
		requireEditor(user);
		return this.questions.saveAndFlush(QuizQuestion.create(topic, textId, textEn, options, correctOption)).getId();
	}

	@Transactional
	public void change(CurrentUser user, long id, QuizTopic topic, String textId, String textEn, List<Option> options,
			int correctOption) {
		requireEditor(user);
		QuizQuestion question = question(id);
		question.change(topic, textId, textEn, options, correctOption);
		this.questions.saveAndFlush(question);
	}

	/** Retires a question (new quizzes no longer offer it) or brings it back. */
	@Transactional
	public void setActive(CurrentUser user, long id, boolean active) {
		requireEditor(user);
		QuizQuestion question = question(id);
		if (active) {
			question.restore();
		}
		else {
			question.retire();
		}
		this.questions.saveAndFlush(question);
	}

	public void requireEditor(CurrentUser user) {
		requireSignedIn(user);
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Only an administrator edits the question bank");
		}
	}

	private QuizQuestion question(long id) {
		return this.questions.findById(id).orElseThrow(() -> new NotFoundException("quiz.bank.notFound", id));
	}

	private static void requireSignedIn(CurrentUser user) {
		if (user == null) {
			throw new AccessDeniedException("Sign in first");
		}
	}

}
