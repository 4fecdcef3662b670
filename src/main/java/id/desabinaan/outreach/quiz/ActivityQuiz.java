package id.desabinaan.outreach.quiz;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * The knowledge quiz of one activity: its questions from the bank, in order, and its
 * public link, which staff open and close.
 */
@Entity
@Table(name = "outreach_quiz")
class ActivityQuiz extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long activityId;

	private String code;

	private boolean linkOpen;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "outreach_quiz_question", joinColumns = @JoinColumn(name = "quiz_id"))
	@OrderColumn(name = "position")
	@Column(name = "question_id")
	private List<Long> questionIds = new ArrayList<>();

	protected ActivityQuiz() {
	}

	ActivityQuiz(long activityId, String code, List<Long> questionIds) {
		this.activityId = activityId;
		this.code = code;
		this.linkOpen = true;
		this.questionIds.addAll(questionIds);
	}

	void replaceQuestions(List<Long> questionIds) {
		this.questionIds.clear();
		this.questionIds.addAll(questionIds);
	}

	void setLinkOpen(boolean open) {
		this.linkOpen = open;
	}

	Long getId() {
		return this.id;
	}

	long getActivityId() {
		return this.activityId;
	}

	String getCode() {
		return this.code;
	}

	boolean isLinkOpen() {
		return this.linkOpen;
	}

	List<Long> getQuestionIds() {
		return List.copyOf(this.questionIds);
	}

}
