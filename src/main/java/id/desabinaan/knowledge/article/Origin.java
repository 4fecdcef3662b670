package id.desabinaan.knowledge.article;

/** Who wrote a version. */
public enum Origin {

	/** An editor, through the staff pages. */
	EDITOR,
	/** The starter content shipped with a release. */
	STARTER

}
