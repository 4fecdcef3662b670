package id.desabinaan.knowledge.article;

import jakarta.persistence.Embeddable;

/** A reference an article version rests on, as stored. */
@Embeddable
public class SourceReference {

	private String title;

	private String url;

	protected SourceReference() {
	}

	SourceReference(String title, String url) {
		this.title = title;
		this.url = url;
	}

	public String getTitle() {
		return this.title;
	}

	public String getUrl() {
		return this.url;
	}

}
