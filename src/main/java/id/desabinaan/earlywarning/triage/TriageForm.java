package id.desabinaan.earlywarning.triage;

/**
 * What the action forms of the report page send; each form uses some of the fields. Kept
 * as entered, so a refused form comes back with everything the officer typed.
 */
public class TriageForm {

	private String version;

	private String target;

	private String reason;

	private String closingReason;

	private String outcomeNote;

	private String assignee;

	private String body;

	private String partnerKind;

	private String partnerUnit;

	private String summary;

	private String answer;

	private String answerReason;

	private String outcome;

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getClosingReason() {
		return this.closingReason;
	}

	public void setClosingReason(String closingReason) {
		this.closingReason = closingReason;
	}

	public String getOutcomeNote() {
		return this.outcomeNote;
	}

	public void setOutcomeNote(String outcomeNote) {
		this.outcomeNote = outcomeNote;
	}

	public String getAssignee() {
		return this.assignee;
	}

	public void setAssignee(String assignee) {
		this.assignee = assignee;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getPartnerKind() {
		return this.partnerKind;
	}

	public void setPartnerKind(String partnerKind) {
		this.partnerKind = partnerKind;
	}

	public String getPartnerUnit() {
		return this.partnerUnit;
	}

	public void setPartnerUnit(String partnerUnit) {
		this.partnerUnit = partnerUnit;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getAnswerReason() {
		return this.answerReason;
	}

	public void setAnswerReason(String answerReason) {
		this.answerReason = answerReason;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

}
