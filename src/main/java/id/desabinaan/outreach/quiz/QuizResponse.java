package id.desabinaan.outreach.quiz;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * One respondent's answers to a quiz, before or after the material, and the score they
 * earned. Holds nothing about who answered.
 */
@Entity
@Table(name = "outreach_quiz_response")
class QuizResponse extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long quizId;

	@Enumerated(EnumType.STRING)
	private QuizPhase phase;

	@Enumerated(EnumType.STRING)
	private ResponseSource source;

	private int correct;

	private int total;

	@ElementCollection
	@CollectionTable(name = "outreach_quiz_answer", joinColumns = @JoinColumn(name = "response_id"))
	@OrderColumn(name = "position")
	private List<Answer> answers = new ArrayList<>();

	protected QuizResponse() {
	}

	/**
	 * Scores the answers: one point for each correct option.
	 * @param questions the quiz's questions, in order
	 * @param chosen the chosen option (0-based) per question, {@code null} when left
	 * blank
	 */
	static QuizResponse score(long quizId, QuizPhase phase, ResponseSource source, List<QuizQuestion> questions,
			List<Integer> chosen) {
		QuizResponse response = new QuizResponse();
		response.quizId = quizId;
		response.phase = phase;
		response.source = source;
		response.total = questions.size();
		for (int i = 0; i < questions.size(); i++) {
			Integer option = (i < chosen.size()) ? chosen.get(i) : null;
			QuizQuestion question = questions.get(i);
			response.answers.add(new Answer(question.getId(), option));
			if (question.isCorrect(option)) {
				response.correct++;
			}
		}
		return response;
	}

	QuizPhase getPhase() {
		return this.phase;
	}

	ResponseSource getSource() {
		return this.source;
	}

	int getCorrect() {
		return this.correct;
	}

	int getTotal() {
		return this.total;
	}

	/** One answer: the question and the option chosen, if any. */
	@Embeddable
	static class Answer {

		private long questionId;

		private Integer chosenOption;

		protected Answer() {
		}

		Answer(long questionId, Integer chosenOption) {
			this.questionId = questionId;
			this.chosenOption = chosenOption;
		}

	}

}
