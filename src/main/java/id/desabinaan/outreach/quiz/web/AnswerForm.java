package id.desabinaan.outreach.quiz.web;

import java.util.ArrayList;
import java.util.List;

import id.desabinaan.outreach.quiz.QuizPhase;

/**
 * One respondent's sheet as a form sends it: the phase and, per question in the quiz's
 * order, the chosen option's number ({@code answers[0]=2}); a question left blank sends
 * nothing or an empty value.
 */
public class AnswerForm {

	private String phase;

	private List<String> answers = new ArrayList<>();

	/** The phase, or {@code null} when none or an unknown one was sent. */
	QuizPhase phase() {
		if (this.phase == null) {
			return null;
		}
		try {
			return QuizPhase.valueOf(this.phase);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The chosen options; blank answers are {@code null}, and so is anything that is not
	 * a number (the service refuses numbers out of range).
	 */
	List<Integer> chosen(int questions) {
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < questions; i++) {
			String value = (this.answers != null && i < this.answers.size()) ? this.answers.get(i) : null;
			chosen.add((value != null && value.matches("\\d{1,2}")) ? Integer.valueOf(value) : null);
		}
		if (this.answers != null) {
			for (int i = questions; i < this.answers.size(); i++) {
				// answers to questions the quiz does not have: refused by the service
				String value = this.answers.get(i);
				chosen.add((value != null && value.matches("\\d{1,2}")) ? Integer.valueOf(value) : null);
			}
		}
		return chosen;
	}

	/** Whether this option was chosen for this question (to show the form again). */
	public boolean isChosen(int question, int option) {
		return this.answers != null && question < this.answers.size()
				&& String.valueOf(option).equals(this.answers.get(question));
	}

	public String getPhase() {
		return this.phase;
	}

	public void setPhase(String phase) {
		this.phase = phase;
	}

	public List<String> getAnswers() {
		return this.answers;
	}

	public void setAnswers(List<String> answers) {
		this.answers = answers;
	}

}
