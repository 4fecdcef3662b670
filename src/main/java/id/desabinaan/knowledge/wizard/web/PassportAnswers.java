package id.desabinaan.knowledge.wizard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.desabinaan.knowledge.PassportApplicationType;
import id.desabinaan.knowledge.PassportQuestions;
import id.desabinaan.knowledge.PassportValidity;

/**
 * Reads the wizard's answers from request parameters ({@code type}, {@code under17},
 * {@code married}, {@code electronic}, {@code validity}, {@code sameDay}), shared by the
 * wizard page and the API. The page needs every answer; the API fills missing ones with
 * defaults (no, no, no, 5 years, no). A bad value is always an error naming the
 * parameter.
 */
final class PassportAnswers {

	private final List<Problem> problems = new ArrayList<>();

	private PassportQuestions questions;

	private PassportAnswers() {
	}

	/**
	 * A problem with one parameter.
	 *
	 * @param field the parameter name
	 * @param code the message code
	 * @param value what was sent, or {@code null} when missing
	 */
	record Problem(String field, String code, String value) {
	}

	static PassportAnswers read(String type, String under17, String married, String electronic, String validity,
			String sameDay, boolean defaults) {
		PassportAnswers answers = new PassportAnswers();
		PassportApplicationType chosenType = answers.type(type);
		Boolean isUnder17 = answers.yesNo("under17", under17, defaults);
		Boolean isMarried = answers.yesNo("married", married, defaults);
		Boolean isElectronic = answers.yesNo("electronic", electronic, defaults);
		PassportValidity chosenValidity = answers.validity(validity, defaults);
		Boolean isSameDay = answers.yesNo("sameDay", sameDay, defaults);
		if (answers.problems.isEmpty()) {
			answers.questions = new PassportQuestions(chosenType, isUnder17, isMarried, isElectronic, chosenValidity,
					isSameDay);
		}
		return answers;
	}

	/** Whether no parameter was given at all (the empty wizard). */
	static boolean noneGiven(String... values) {
		for (String value : values) {
			if (value != null) {
				return false;
			}
		}
		return true;
	}

	boolean valid() {
		return this.questions != null;
	}

	PassportQuestions questions() {
		return this.questions;
	}

	List<Problem> problems() {
		return List.copyOf(this.problems);
	}

	private PassportApplicationType type(String value) {
		if (value == null || value.isBlank()) {
			this.problems.add(new Problem("type", "knowledge.wizard.error.type", value));
			return null;
		}
		try {
			return PassportApplicationType.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(new Problem("type", "knowledge.wizard.error.type", value));
			return null;
		}
	}

	private Boolean yesNo(String field, String value, boolean defaults) {
		if (value == null || value.isBlank()) {
			if (defaults) {
				return false;
			}
			this.problems.add(new Problem(field, "knowledge.wizard.error." + field, value));
			return null;
		}
		String answer = value.strip().toLowerCase(Locale.ROOT);
		if (answer.equals("true") || answer.equals("false")) {
			return Boolean.valueOf(answer);
		}
		this.problems.add(new Problem(field, "knowledge.wizard.error." + field, value));
		return null;
	}

	private PassportValidity validity(String value, boolean defaults) {
		if ((value == null || value.isBlank()) && defaults) {
			return PassportValidity.FIVE_YEARS;
		}
		return PassportValidity.ofYears((value != null) ? value.strip() : null).orElseGet(() -> {
			this.problems.add(new Problem("validity", "knowledge.wizard.error.validity", value));
			return null;
		});
	}

}
