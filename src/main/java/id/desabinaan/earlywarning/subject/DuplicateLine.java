package id.desabinaan.earlywarning.subject;

import java.util.List;

/**
 * A proposed pair of likely duplicates as the list shows it.
 *
 * @param id the proposal's id
 * @param first the earlier report (kept by default)
 * @param second the later report
 * @param score how alike (0 to 100)
 * @param reasons why they were proposed
 * @param status where the proposal stands
 * @param mayDecide whether the viewer may merge or reject it
 */
public record DuplicateLine(long id, ReportLine first, ReportLine second, int score, List<Reason> reasons,
		DuplicateStatus status, boolean mayDecide) {

	/**
	 * One reason: a shared subject (kind, value, id) or alike descriptions (percent).
	 *
	 * @param subjectId the shared subject, or {@code null}
	 * @param kind the shared subject's kind, or {@code null}
	 * @param value the shared subject's value, or {@code null}
	 * @param percent how alike the descriptions are, or {@code null}
	 */
	public record Reason(Long subjectId, SubjectKind kind, String value, Integer percent) {
	}

}
