package id.desabinaan.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link FileStore} on the local file system: {@code
 *
<dir>
 * /ab/cd/abcd...} by key, written to a temporary file first and moved into place, so that
 * a reader never sees half a file. The directory comes from {@code desabinaan.files.dir}
 * (default {@code ./data/files}).
 */
@Component
class FileSystemFileStore implements FileStore {

	private final Path root;

	FileSystemFileStore(@Value("${desabinaan.files.dir:./data/files}") String dir) {
		this.root = Paths.get(dir).toAbsolutePath().normalize();
	}

	@Override
	public String store(byte[] content) {
		String key = FileStore.keyOf(content);
		Path target = path(key);
		if (Files.exists(target)) {
			return key;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), key, ".part");
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (FileAlreadyExistsException ex) {
				// stored by a concurrent upload of the same bytes
				Files.deleteIfExists(temporary);
			}
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store file " + key, ex);
		}
	}

	@Override
	public Optional<byte[]> read(String key) {
		if (!FileStore.isKey(key)) {
			return Optional.empty();
		}
		Path file = path(key);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read file " + key, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return FileStore.isKey(key) && Files.isRegularFile(path(key));
	}

	/** Only ever called with a checked key: hex digits cannot leave the root. */
	private Path path(String key) {
		if (!FileStore.isKey(key)) {
			throw new IllegalArgumentException("Not a file key");
		}
		return this.root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

}
