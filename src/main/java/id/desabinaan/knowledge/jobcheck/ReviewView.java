package id.desabinaan.knowledge.jobcheck;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The review part of one version, as the editors' pages show it.
 *
 * @param number the version number
 * @param status where it stands
 * @param validFrom the first day it applies
 * @param source what it rests on
 * @param author who wrote it ({@code import} for shipped data)
 * @param reviewer who published it, else {@code null}
 * @param submittedAt when it was submitted for review
 * @param publishedAt when it was published
 * @param note the reviewer's note when it was returned
 * @param importedFrom the data file it was shipped in, else {@code null}
 */
public record ReviewView(int number, ReviewStatus status, LocalDate validFrom, String source, String author,
		String reviewer, Instant submittedAt, Instant publishedAt, String note, String importedFrom) {

	static ReviewView of(ReviewedVersion version) {
		return new ReviewView(version.getNumber(), version.getStatus(), version.getValidFrom(), version.getSource(),
				version.getAuthor(), version.getReviewer(), version.getSubmittedAt(), version.getPublishedAt(),
				version.getReviewNote(), version.getImportedFrom());
	}

	/** Whether this user may still change it (his own draft). */
	public boolean editableBy(String username) {
		return this.status == ReviewStatus.DRAFT && this.author.equals(username);
	}

	/**
	 * Whether this user may publish or return it (in review, written by someone else).
	 */
	public boolean reviewableBy(String username) {
		return this.status == ReviewStatus.IN_REVIEW && !this.author.equals(username);
	}

}
