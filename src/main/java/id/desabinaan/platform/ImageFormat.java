package id.desabinaan.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The image formats uploads may have, recognised by their first bytes (never by the file
 * name or the type the browser claims).
 */
public enum ImageFormat {

	/** JPEG: starts with FF D8 FF. */
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

	/** PNG: starts with the eight-byte PNG signature. */
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

	private final String contentType;

	private final String extension;

	private final byte[] magic;

	ImageFormat(String contentType, String extension, byte[] magic) {
		this.contentType = contentType;
		this.extension = extension;
		this.magic = magic;
	}

	/** The MIME type to serve it with. */
	public String contentType() {
		return this.contentType;
	}

	/** The usual file extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	/** The format the content starts with, if it is one of ours. */
	public static Optional<ImageFormat> detect(byte[] content) {
		if (content == null) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter((format) -> content.length >= format.magic.length
					&& Arrays.equals(content, 0, format.magic.length, format.magic, 0, format.magic.length))
			.findFirst();
	}

	/**
	 * Whether a file name may be that of an uploaded picture: no extension at all, or
	 * jpg, jpeg, jpe or png (any case). Says nothing about the content.
	 */
	public static boolean isImageFileName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return true;
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return true;
		}
		String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Set.of("jpg", "jpeg", "jpe", "png").contains(extension);
	}

	/** The format served with this MIME type, if it is one of ours. */
	public static Optional<ImageFormat> ofContentType(String contentType) {
		return Arrays.stream(values()).filter((format) -> format.contentType.equals(contentType)).findFirst();
	}

}
