package id.desabinaan.knowledge.jobcheck;

/**
 * One version of a warning sign for the editors' pages.
 *
 * @param code the sign's code
 * @param review where the version stands in review
 * @param content what it says
 */
public record SignVersionView(String code, ReviewView review, SignContent content) {

	static SignVersionView of(String code, IndicatorVersion version) {
		return new SignVersionView(code, ReviewView.of(version), version.content());
	}

}
