package id.desabinaan.knowledge.regulation;

import id.desabinaan.knowledge.PassportQuestions;

/**
 * Which applicants a requirement is for. A child is under 17 and never married; everyone
 * else is an adult for the passport.
 */
public enum RequirementApplicant {

	/** Every applicant. */
	ANY,
	/** Aged 17 or more, or married. */
	ADULT,
	/** An adult who is or has been married. */
	ADULT_MARRIED,
	/** An adult who has never been married. */
	ADULT_UNMARRIED,
	/** Under 17 and never married. */
	CHILD;

	/** Whether a requirement for these applicants applies to the one who answered. */
	public boolean covers(PassportQuestions answers) {
		return switch (this) {
			case ANY -> true;
			case ADULT -> !answers.child();
			case ADULT_MARRIED -> !answers.child() && answers.married();
			case ADULT_UNMARRIED -> !answers.child() && !answers.married();
			case CHILD -> answers.child();
		};
	}

}
