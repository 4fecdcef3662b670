package id.desabinaan.platform;

/**
 * An image decoded and encoded again by the platform: no metadata (EXIF, GPS position,
 * camera, comments) survives, only pixels.
 *
 * @param content the encoded image
 * @param format its format
 * @param width width in pixels
 * @param height height in pixels
 */
public record SanitizedImage(byte[] content, ImageFormat format, int width, int height) {

	public String contentType() {
		return this.format.contentType();
	}

}
