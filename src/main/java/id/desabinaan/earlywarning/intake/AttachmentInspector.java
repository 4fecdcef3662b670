package id.desabinaan.earlywarning.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import id.desabinaan.earlywarning.ReportSubmission.Upload;
import id.desabinaan.platform.FileStore;
import id.desabinaan.platform.ImageFormat;
import id.desabinaan.platform.ImageRejectedException;
import id.desabinaan.platform.ImageSanitizer;
import id.desabinaan.platform.SanitizedImage;
import id.desabinaan.shared.InvalidInputException;

/**
 * Checks and cleans an attachment before it is stored: its content decides what it is
 * (JPEG, PNG or PDF by their first bytes, never the name or the type the browser claims),
 * and a name whose extension says something else is refused. Photos are decoded and
 * encoded again, so no EXIF (GPS position, camera, moment) survives; PDFs are accepted
 * only if they parse, and are saved again without their document information, XMP
 * metadata, scripts and open actions. The cleaned content goes to the file store outside
 * the web root, under its SHA-256.
 */
@Component
@EnableConfigurationProperties(AttachmentProperties.class)
public class AttachmentInspector {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "png");

	/** The field of attachment errors. */
	public static final String FIELD = "attachments";

	private final AttachmentProperties properties;

	private final ImageSanitizer images;

	private final FileStore files;

	AttachmentInspector(AttachmentProperties properties, ImageSanitizer images, FileStore files) {
		this.properties = properties;
		this.images = images;
		this.files = files;
	}

	public AttachmentProperties limits() {
		return this.properties;
	}

	/** A checked, cleaned and stored attachment. */
	public record StoredFile(String key, String contentType, long size) {

		public boolean image() {
			return this.contentType.startsWith("image/");
		}

	}

	/**
	 * Checks, cleans and stores one upload.
	 * @throws InvalidInputException on field {@value #FIELD} naming the file
	 */
	public StoredFile accept(Upload upload) {
		String name = displayName(upload.fileName());
		byte[] content = upload.content();
		if (content == null || content.length == 0) {
			throw new InvalidInputException(FIELD, "ewintake.attachment.empty", name);
		}
		if (content.length > this.properties.maxSize().toBytes()) {
			throw new InvalidInputException(FIELD, "ewintake.attachment.tooLarge", name,
					this.properties.maxSize().toMegabytes());
		}
		byte[] cleaned;
		String contentType;
		if (isPdf(content)) {
			requireExtension(upload.fileName(), Set.of("pdf"), name);
			cleaned = cleanPdf(content, name);
			contentType = "application/pdf";
		}
		else if (ImageFormat.detect(content).isPresent()) {
			requireExtension(upload.fileName(), IMAGE_EXTENSIONS, name);
			SanitizedImage image = sanitize(content, name);
			cleaned = image.content();
			contentType = image.contentType();
		}
		else {
			throw new InvalidInputException(FIELD, "ewintake.attachment.type", name);
		}
		String key = this.files.store(cleaned);
		return new StoredFile(key, contentType, cleaned.length);
	}

	/**
	 * An attachment stored earlier (kept by a form shown again), if the key names stored
	 * content of an accepted kind.
	 */
	public Optional<StoredFile> stored(String key) {
		if (!FileStore.isKey(key)) {
			return Optional.empty();
		}
		return this.files.read(key).flatMap((content) -> {
			if (isPdf(content)) {
				return Optional.of(new StoredFile(key, "application/pdf", content.length));
			}
			return ImageFormat.detect(content)
				.map((format) -> new StoredFile(key, format.contentType(), content.length));
		});
	}

	private SanitizedImage sanitize(byte[] content, String name) {
		try {
			return this.images.sanitize(content);
		}
		catch (ImageRejectedException ex) {
			String code = switch (ex.reason()) {
				case TOO_LARGE -> "ewintake.attachment.tooLarge";
				case EMPTY -> "ewintake.attachment.empty";
				default -> "ewintake.attachment.unreadable";
			};
			throw new InvalidInputException(FIELD, code, name, this.properties.maxSize().toMegabytes());
		}
	}

	private byte[] cleanPdf(byte[] content, String name) {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				throw new InvalidInputException(FIELD, "ewintake.attachment.encrypted", name);
			}
			if (document.getNumberOfPages() < 1 || document.getNumberOfPages() > this.properties.maxPdfPages()) {
				throw new InvalidInputException(FIELD, "ewintake.attachment.pages", name,
						this.properties.maxPdfPages());
			}
			document.setDocumentInformation(new PDDocumentInformation());
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			catalog.setMetadata(null);
			catalog.setOpenAction(null);
			if (catalog.getNames() != null) {
				catalog.getNames().setJavascript(null);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException(FIELD, "ewintake.attachment.unreadable", name,
					this.properties.maxSize().toMegabytes());
		}
	}

	static boolean isPdf(byte[] content) {
		return content.length >= PDF_MAGIC.length
				&& Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
	}

	/** A name without an extension is fine; one with another extension is refused. */
	private static void requireExtension(String fileName, Set<String> allowed, String name) {
		String extension = extension(fileName);
		if (extension != null && !allowed.contains(extension)) {
			throw new InvalidInputException(FIELD, "ewintake.attachment.nameMismatch", name);
		}
	}

	private static String extension(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return null;
		}
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		int dot = base.lastIndexOf('.');
		return (dot < 0) ? null : base.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** The name for messages: its last part, at most 60 characters. */
	static String displayName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "-";
		}
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return (base.length() > 60) ? base.substring(0, 60) : base;
	}

}
