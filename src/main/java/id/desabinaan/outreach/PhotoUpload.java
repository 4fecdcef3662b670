package id.desabinaan.outreach;

/**
 * A photo as uploaded.
 *
 * @param content the bytes
 * @param fileName the name the browser sent ({@code null} if none); its extension must
 * not claim another kind of file, the content decides the format
 */
public record PhotoUpload(byte[] content, String fileName) {

	/** Whether nothing was uploaded. */
	public boolean isEmpty() {
		return this.content == null || this.content.length == 0;
	}

}
