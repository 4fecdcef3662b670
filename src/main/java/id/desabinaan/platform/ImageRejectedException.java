package id.desabinaan.platform;

/**
 * An upload that is not an image the platform accepts. The caller turns the reason into a
 * message of its own module next to the upload field.
 */
public class ImageRejectedException extends RuntimeException {

	/** Why an upload was refused. */
	public enum Reason {

		/** Nothing was uploaded. */
		EMPTY,
		/** Larger than the configured limit ({@code desabinaan.images.max-size}). */
		TOO_LARGE,
		/** Its content is neither JPEG nor PNG, whatever its name says. */
		NOT_JPEG_OR_PNG,
		/** Starts like a JPEG or PNG but cannot be decoded. */
		UNREADABLE,
		/** More pixels than the platform decodes (a decompression bomb). */
		TOO_MANY_PIXELS

	}

	private final Reason reason;

	public ImageRejectedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public ImageRejectedException(Reason reason, Throwable cause) {
		super(reason.name(), cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
