package id.desabinaan.knowledge.article;

/**
 * Where one version of an article stands. Only {@link #DRAFT} can be edited; only one
 * version of an article is open (draft or in review) at a time.
 */
public enum VersionState {

	/** Being written; not visible to residents. */
	DRAFT,
	/** Sent for review; waits for an editor other than its authors. */
	IN_REVIEW,
	/** What residents read now (one per article). */
	PUBLISHED,
	/** Was published, replaced by a newer version; kept for comparison. */
	SUPERSEDED,
	/** Was published when the article was withdrawn; kept for comparison. */
	RETIRED;

	/** Whether residents read or once read this version. */
	public boolean wasPublished() {
		return this == PUBLISHED || this == SUPERSEDED || this == RETIRED;
	}

	/** Whether the version is still being worked on. */
	public boolean isOpen() {
		return this == DRAFT || this == IN_REVIEW;
	}

}
