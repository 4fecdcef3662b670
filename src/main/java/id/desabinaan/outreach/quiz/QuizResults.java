package id.desabinaan.outreach.quiz;

/**
 * What a quiz (or all quizzes of a village) showed: the average score before and after
 * the material, and the knowledge gain between them.
 *
 * @param pre the answers before the material
 * @param post the answers after it
 */
public record QuizResults(PhaseResult pre, PhaseResult post) {

	/** No answers yet. */
	public static final QuizResults NONE = new QuizResults(PhaseResult.NONE, PhaseResult.NONE);

	/**
	 * The knowledge gain in percentage points (average post score minus average pre
	 * score), or {@code null} while either phase has no answers.
	 */
	public Double gainPoints() {
		if (this.pre.averagePercent() == null || this.post.averagePercent() == null) {
			return null;
		}
		return this.post.averagePercent() - this.pre.averagePercent();
	}

	/** Whether any answers are recorded. */
	public boolean any() {
		return this.pre.responses() + this.post.responses() > 0;
	}

	/**
	 * The answers of one phase.
	 *
	 * @param responses how many respondents answered
	 * @param averagePercent their average score in percent of the questions, or
	 * {@code null} when nobody answered
	 */
	public record PhaseResult(long responses, Double averagePercent) {

		/** Nobody answered. */
		public static final PhaseResult NONE = new PhaseResult(0, null);

	}

}
