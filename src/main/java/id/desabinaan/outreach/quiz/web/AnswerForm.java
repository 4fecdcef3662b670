package id.desabinaan.outreach.quiz.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desabinaan.outreach.quiz.QuizPhase;

/**
 * One respondent's sheet as a form sends it: the phase and, per question in the quiz's
 * order, the chosen option's number ({@code answers[0]=2}); a question left blank sends
 * nothing or an empty value.
 */
public class AnswerForm {

	/** The most questions a form may answer: more than any quiz has. */
	static final int MAX_ANSWERS = 50;

	private static final Pattern ANSWER = Pattern.compile("answers\\[(\\d{1,2})]");

	private String phase;

	private List<String> answers = new ArrayList<>();

	/**
	 * The form from the request's parameters ({@code phase}, {@code answers[i]}); read by
	 * hand rather than bound, so that an absurd index is ignored instead of growing a
	 * list.
	 */
	static AnswerForm of(Map<String, String> parameters) {
		AnswerForm form = new AnswerForm();
		form.phase = parameters.get("phase");
		parameters.forEach((name, value) -> {
			Matcher answer = ANSWER.matcher(name);
			if (answer.matches() && Integer.parseInt(answer.group(1)) < MAX_ANSWERS) {
				int index = Integer.parseInt(answer.group(1));
				while (form.answers.size() <= index) {
					form.answers.add(null);
				}
				form.answers.set(index, value);
			}
		});
		return form;
	}

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
		// answers beyond the quiz's questions are kept, so that the service refuses them
		int sent = (this.answers != null) ? this.answers.size() : 0;
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < Math.max(questions, sent); i++) {
			String value = (i < sent) ? this.answers.get(i) : null;
			chosen.add((value != null && value.matches("\\d{1,2}")) ? Integer.valueOf(value) : null);
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
