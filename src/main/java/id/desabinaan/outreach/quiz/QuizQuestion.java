package id.desabinaan.outreach.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.InvalidInputException;

/**
 * A question of the knowledge-quiz bank: its text in Bahasa Indonesia and English, three
 * or four options of which one is correct, and a topic. Retired instead of deleted, so
 * that quizzes already held keep their questions.
 */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion extends AuditedEntity {

	static final int MIN_OPTIONS = 3;

	static final int MAX_OPTIONS = 4;

	static final int MAX_TEXT = 500;

	static final int MAX_OPTION_TEXT = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private QuizTopic topic;

	private String textId;

	private String textEn;

	private int correctOption;

	private boolean active;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quiz_question_option", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	private List<Option> options = new ArrayList<>();

	protected QuizQuestion() {
	}

	/** A new active question; the input is checked as for {@link #change}. */
	static QuizQuestion create(QuizTopic topic, String textId, String textEn, List<Option> options, int correctOption) {
		QuizQuestion question = new QuizQuestion();
		question.active = true;
		question.change(topic, textId, textEn, options, correctOption);
		return question;
	}

	/** Replaces topic, texts and options; refuses incomplete or oversized input. */
	void change(QuizTopic topic, String textId, String textEn, List<Option> options, int correctOption) {
		if (topic == null) {
			throw new InvalidInputException("topic", "quiz.bank.error.topic");
		}
		this.topic = topic;
		this.textId = required("textId", textId, MAX_TEXT);
		this.textEn = required("textEn", textEn, MAX_TEXT);
		List<Option> filled = new ArrayList<>();
		for (Option option : options) {
			if (option != null && !option.isBlank()) {
				filled.add(new Option(required("options", option.getTextId(), MAX_OPTION_TEXT),
						required("options", option.getTextEn(), MAX_OPTION_TEXT)));
			}
		}
		if (filled.size() < MIN_OPTIONS || filled.size() > MAX_OPTIONS) {
			throw new InvalidInputException("options", "quiz.bank.error.options", MIN_OPTIONS, MAX_OPTIONS);
		}
		if (correctOption < 0 || correctOption >= filled.size()) {
			throw new InvalidInputException("correctOption", "quiz.bank.error.correct");
		}
		this.options.clear();
		this.options.addAll(filled);
		this.correctOption = correctOption;
	}

	void retire() {
		this.active = false;
	}

	void restore() {
		this.active = true;
	}

	private static String required(String field, String value, int max) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidInputException(field, "quiz.bank.error.required");
		}
		if (text.length() > max) {
			throw new InvalidInputException(field, "quiz.bank.error.tooLong", max);
		}
		return text;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public QuizTopic getTopic() {
		return this.topic;
	}

	public String getTextId() {
		return this.textId;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public int getCorrectOption() {
		return this.correctOption;
	}

	public boolean isActive() {
		return this.active;
	}

	public List<Option> getOptions() {
		return List.copyOf(this.options);
	}

	/** The question in the reader's language (English or else Indonesian). */
	public String text(Locale locale) {
		return isEnglish(locale) ? this.textEn : this.textId;
	}

	/** The options in the reader's language, in order. */
	public List<String> optionTexts(Locale locale) {
		return this.options.stream()
			.map((option) -> isEnglish(locale) ? option.getTextEn() : option.getTextId())
			.toList();
	}

	/** Whether this option (0-based) is the correct one. */
	public boolean isCorrect(Integer option) {
		return option != null && option == this.correctOption;
	}

	private static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/** One option of a question, in both languages. */
	@Embeddable
	public static class Option {

		@Column(name = "text_id")
		private String textId;

		@Column(name = "text_en")
		private String textEn;

		protected Option() {
		}

		public Option(String textId, String textEn) {
			this.textId = textId;
			this.textEn = textEn;
		}

		public String getTextId() {
			return this.textId;
		}

		public String getTextEn() {
			return this.textEn;
		}

		boolean isBlank() {
			return (this.textId == null || this.textId.isBlank()) && (this.textEn == null || this.textEn.isBlank());
		}

	}

}
