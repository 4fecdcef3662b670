package id.desabinaan.knowledge;

import java.util.Objects;

/**
 * The answers of the requirements wizard ({@code /paspor/syarat}) and of
 * {@code GET /api/v1/requirements}.
 *
 * @param type first passport or which replacement
 * @param under17 the applicant is younger than 17
 * @param married the applicant is or has been married
 * @param electronic an electronic passport (e-passport) is wanted
 * @param validity 5 or 10 years
 * @param sameDay the accelerated same-day service is wanted
 */
public record PassportQuestions(PassportApplicationType type, boolean under17, boolean married, boolean electronic,
		PassportValidity validity, boolean sameDay) {

	public PassportQuestions {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(validity, "validity");
	}

	/**
	 * Whether the applicant counts as a child: under 17 and never married (a married
	 * minor is an adult for the passport, as for the identity card).
	 */
	public boolean child() {
		return this.under17 && !this.married;
	}

	/**
	 * The answers as the query of a link ({@code type=FIRST&under17=false&...}), in a
	 * fixed order, so that the same answers always give the same address.
	 */
	public String query() {
		return "type=" + this.type.name() + "&under17=" + this.under17 + "&married=" + this.married + "&electronic="
				+ this.electronic + "&validity=" + this.validity.years() + "&sameDay=" + this.sameDay;
	}

}
