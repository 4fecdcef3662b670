package id.desabinaan.platform;

import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where uploaded and generated files live (photos, attachments, PDFs). A file is named by
 * the SHA-256 of its content: storing the same bytes twice keeps one copy, and no name a
 * user chose ever becomes part of a path. Callers keep the key in their own tables and
 * serve the bytes through a controller that checks scope.
 *
 * <p>
 * The default implementation keeps files under {@code desabinaan.files.dir}
 * ({@code ./data/files}); a store for several nodes (S3-compatible) implements the same
 * interface.
 */
public interface FileStore {

	/** What a key looks like: 64 lower-case hexadecimal digits. */
	Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	/**
	 * Stores the content.
	 * @return its key (the lower-case hex SHA-256 of the content)
	 */
	String store(byte[] content);

	/**
	 * The content stored under this key, empty if there is none or the key is malformed.
	 */
	Optional<byte[]> read(String key);

	/** Whether content is stored under this key. */
	boolean exists(String key);

	/** Whether the text has the shape of a key (checked before it touches any path). */
	static boolean isKey(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	/** The key of some content: its SHA-256 in lower-case hex. */
	static String keyOf(byte[] content) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
