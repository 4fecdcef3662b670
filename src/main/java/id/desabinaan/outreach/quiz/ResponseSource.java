package id.desabinaan.outreach.quiz;

/** How a quiz response reached the platform. */
public enum ResponseSource {

	/** Answered on a paper sheet and typed in by staff. */
	PAPER,
	/** Answered on a phone through the quiz link. */
	LINK

}
