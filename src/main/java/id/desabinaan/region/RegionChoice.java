package id.desabinaan.region;

import java.util.List;

/**
 * What a region picker field holds after the server has read it: the text the person
 * typed (kept, so nothing entered is lost when a form is shown again), and either the one
 * region it resolved to, or the candidates to choose from, or why nothing matched. Made
 * by {@link RegionPicker}; rendered by the fragment {@code region/picker :: picker}.
 *
 * @param status the outcome
 * @param input the text as typed (never {@code null})
 * @param region the chosen region when {@link Status#RESOLVED}, else {@code null}
 * @param candidates regions to choose from when {@link Status#AMBIGUOUS} or
 * {@link Status#SUGGESTIONS}, else empty
 */
public record RegionChoice(Status status, String input, RegionSummary region, List<RegionSummary> candidates) {

	public RegionChoice {
		input = (input != null) ? input : "";
		candidates = List.copyOf(candidates);
	}

	/** Nothing entered. */
	public static RegionChoice empty() {
		return new RegionChoice(Status.EMPTY, "", null, List.of());
	}

	static RegionChoice resolved(String input, RegionSummary region) {
		return new RegionChoice(Status.RESOLVED, input, region, List.of());
	}

	static RegionChoice of(Status status, String input, List<RegionSummary> candidates) {
		return new RegionChoice(status, input, null, candidates);
	}

	/** Whether exactly one region was chosen; then {@link #code()} is set. */
	public boolean isResolved() {
		return this.status == Status.RESOLVED;
	}

	/** Whether nothing was entered. */
	public boolean isEmpty() {
		return this.status == Status.EMPTY;
	}

	/** The chosen region's code, or {@code null}. */
	public String code() {
		return (this.region != null) ? this.region.code() : null;
	}

	/** The regions to offer as radio buttons: the chosen one, or the candidates. */
	public List<RegionSummary> options() {
		return (this.region != null) ? List.of(this.region) : this.candidates;
	}

	/**
	 * The text to show in the input: what was typed, or the chosen region's full name.
	 */
	public String displayInput() {
		return (this.input.isBlank() && this.region != null) ? this.region.fullName() : this.input;
	}

	/**
	 * The message to show next to the field (argument: the input), or {@code null} when
	 * there is nothing to say.
	 */
	public String messageCode() {
		return this.status.messageCode;
	}

	/** For a required field: nothing entered becomes {@link Status#MISSING}. */
	public RegionChoice required() {
		return (this.status == Status.EMPTY) ? new RegionChoice(Status.MISSING, this.input, null, List.of()) : this;
	}

	/** Outcome of reading a picker field. */
	public enum Status {

		/** Nothing entered (fine for an optional field). */
		EMPTY(null),
		/** Nothing entered in a required field. */
		MISSING("region.picker.missing"),
		/** Exactly one region. */
		RESOLVED(null),
		/** Several regions match: the person must choose one of the candidates. */
		AMBIGUOUS("region.picker.ambiguous"),
		/** Type-ahead: candidates while typing, no judgement yet. */
		SUGGESTIONS(null),
		/** No region matches the name or code. */
		NOT_FOUND("region.picker.notFound"),
		/** The input looks like a code but is not a valid Kemendagri code. */
		INVALID_CODE("region.picker.invalidCode"),
		/** The code exists but is not of the level the field asks for. */
		WRONG_LEVEL("region.picker.wrongLevel");

		private final String messageCode;

		Status(String messageCode) {
			this.messageCode = messageCode;
		}

	}

}
