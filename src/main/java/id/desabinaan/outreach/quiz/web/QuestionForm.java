package id.desabinaan.outreach.quiz.web;

import java.util.ArrayList;
import java.util.List;

import id.desabinaan.outreach.quiz.QuizQuestion;
import id.desabinaan.outreach.quiz.QuizQuestion.Option;

/** A bank question as the form edits it: four option slots, the last may stay empty. */
public class QuestionForm {

	static final int SLOTS = 4;

	private String topic;

	private String textId;

	private String textEn;

	private List<String> optionId = blanks();

	private List<String> optionEn = blanks();

	private Integer correctOption;

	static QuestionForm from(QuizQuestion question) {
		QuestionForm form = new QuestionForm();
		form.topic = question.getTopic().name();
		form.textId = question.getTextId();
		form.textEn = question.getTextEn();
		List<Option> options = question.getOptions();
		for (int i = 0; i < options.size(); i++) {
			form.optionId.set(i, options.get(i).getTextId());
			form.optionEn.set(i, options.get(i).getTextEn());
		}
		form.correctOption = question.getCorrectOption();
		return form;
	}

	/** The options as entered, slot by slot (an empty slot stays empty). */
	List<Option> options() {
		List<Option> options = new ArrayList<>();
		for (int i = 0; i < SLOTS; i++) {
			options.add(new Option(at(this.optionId, i), at(this.optionEn, i)));
		}
		return options;
	}

	private static String at(List<String> values, int index) {
		return (values != null && index < values.size()) ? values.get(index) : null;
	}

	private static List<String> blanks() {
		List<String> blanks = new ArrayList<>();
		for (int i = 0; i < SLOTS; i++) {
			blanks.add("");
		}
		return blanks;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getTextId() {
		return this.textId;
	}

	public void setTextId(String textId) {
		this.textId = textId;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

	public List<String> getOptionId() {
		return this.optionId;
	}

	public void setOptionId(List<String> optionId) {
		this.optionId = optionId;
	}

	public List<String> getOptionEn() {
		return this.optionEn;
	}

	public void setOptionEn(List<String> optionEn) {
		this.optionEn = optionEn;
	}

	public Integer getCorrectOption() {
		return this.correctOption;
	}

	public void setCorrectOption(Integer correctOption) {
		this.correctOption = correctOption;
	}

}
