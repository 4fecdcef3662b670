package id.desabinaan.outreach.quiz;

/** When a respondent answered: before or after the session's material. */
public enum QuizPhase {

	/** Before the material: what people already knew. */
	PRE,
	/** After the material: what they know now. */
	POST

}
