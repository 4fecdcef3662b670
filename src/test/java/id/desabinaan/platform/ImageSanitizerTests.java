package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import id.desabinaan.platform.ImageRejectedException.Reason;

/**
 * Uploaded images are recognised by content, refused when too large or not JPEG/PNG, and
 * come out without metadata, upright and no larger than the configured size.
 */
class ImageSanitizerTests {

	private final ImageSanitizer sanitizer = new ImageSanitizer(
			new ImageProperties(DataSize.ofMegabytes(5), 1024, 50_000_000L, 320));

	@Test
	void removesExifWithTheGpsPositionFromAJpeg() throws IOException {
		byte[] upload = ExifJpeg.withGps(640, 480, 1);
		assertThat(ExifJpeg.hasExif(upload)).isTrue();
		assertThat(exifNodes(upload)).isPositive();

		SanitizedImage clean = this.sanitizer.sanitize(upload);

		assertThat(clean.format()).isEqualTo(ImageFormat.JPEG);
		assertThat(ExifJpeg.hasExif(clean.content())).isFalse();
		assertThat(exifNodes(clean.content())).isZero();
		assertThat(clean.width()).isEqualTo(640);
		assertThat(clean.height()).isEqualTo(480);
	}

	@Test
	void turnsAPhotoUprightAsItsExifOrientationSays() {
		SanitizedImage clean = this.sanitizer.sanitize(ExifJpeg.withGps(400, 300, 6));
		assertThat(clean.width()).isEqualTo(300);
		assertThat(clean.height()).isEqualTo(400);
	}

	@Test
	void scalesVeryLargePicturesDownAndMakesSmallThumbnails() {
		SanitizedImage clean = this.sanitizer.sanitize(ExifJpeg.picture(3000, 1500, "jpg"));
		assertThat(clean.width()).isEqualTo(1024);
		assertThat(clean.height()).isEqualTo(512);
		SanitizedImage thumbnail = this.sanitizer.thumbnail(clean);
		assertThat(thumbnail.width()).isEqualTo(320);
		assertThat(thumbnail.format()).isEqualTo(ImageFormat.JPEG);
	}

	@Test
	void keepsAPngAPng() {
		SanitizedImage clean = this.sanitizer.sanitize(ExifJpeg.picture(200, 100, "png"));
		assertThat(clean.format()).isEqualTo(ImageFormat.PNG);
		assertThat(clean.contentType()).isEqualTo("image/png");
	}

	@Test
	void refusesWhatIsNotAJpegOrPngWhateverItsName() {
		byte[] text = "Ini bukan foto, hanya teks.".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.sanitizer.sanitize(text, "foto.jpg")).isInstanceOfSatisfying(
				ImageRejectedException.class, (ex) -> assertThat(ex.reason()).isEqualTo(Reason.NOT_JPEG_OR_PNG));
		byte[] executable = Arrays.copyOf("MZ".getBytes(StandardCharsets.US_ASCII), 4096);
		assertThatThrownBy(() -> this.sanitizer.sanitize(executable, "foto.png")).isInstanceOfSatisfying(
				ImageRejectedException.class, (ex) -> assertThat(ex.reason()).isEqualTo(Reason.NOT_JPEG_OR_PNG));
	}

	@Test
	void refusesAnImageNamedAsAProgram() {
		assertThatThrownBy(() -> this.sanitizer.sanitize(ExifJpeg.picture(50, 50, "png"), "foto.exe"))
			.isInstanceOfSatisfying(ImageRejectedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reason.NOT_JPEG_OR_PNG));
		assertThat(this.sanitizer.sanitize(ExifJpeg.picture(50, 50, "jpg"), "IMG_0001.JPEG").format())
			.isEqualTo(ImageFormat.JPEG);
		assertThat(this.sanitizer.sanitize(ExifJpeg.picture(50, 50, "jpg"), "kamera").format())
			.isEqualTo(ImageFormat.JPEG);
	}

	@Test
	void refusesUploadsOverTheLimitAndBrokenImages() {
		byte[] large = new byte[(int) DataSize.ofMegabytes(5).toBytes() + 1];
		large[0] = (byte) 0xFF;
		large[1] = (byte) 0xD8;
		large[2] = (byte) 0xFF;
		assertThatThrownBy(() -> this.sanitizer.sanitize(large)).isInstanceOfSatisfying(ImageRejectedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE));
		byte[] broken = Arrays.copyOf(ExifJpeg.picture(50, 50, "png"), 40);
		assertThatThrownBy(() -> this.sanitizer.sanitize(broken)).isInstanceOfSatisfying(ImageRejectedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(Reason.UNREADABLE));
		assertThatThrownBy(() -> this.sanitizer.sanitize(new byte[0])).isInstanceOfSatisfying(
				ImageRejectedException.class, (ex) -> assertThat(ex.reason()).isEqualTo(Reason.EMPTY));
	}

	@Test
	void storesFilesUnderTheirHashAndNeverOutsideItsDirectory(@TempDir Path dir) throws IOException {
		FileSystemFileStore store = new FileSystemFileStore(dir.toString());
		byte[] content = ExifJpeg.picture(20, 20, "png");
		String key = store.store(content);
		assertThat(key).isEqualTo(FileStore.keyOf(content)).matches("[0-9a-f]{64}");
		assertThat(store.store(content)).isEqualTo(key);
		assertThat(store.read(key)).hasValueSatisfying((bytes) -> assertThat(bytes).isEqualTo(content));
		try (var files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
		}
		assertThat(store.read("../../etc/passwd")).isEmpty();
		assertThat(store.read(key.toUpperCase())).isEmpty();
		assertThat(store.exists("0".repeat(64))).isFalse();
	}

	private static int exifNodes(byte[] jpeg) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
			reader.setInput(input);
			IIOMetadata metadata = reader.getImageMetadata(0);
			org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
			int count = 0;
			org.w3c.dom.NodeList markers = ((org.w3c.dom.Element) root).getElementsByTagName("unknown");
			for (int i = 0; i < markers.getLength(); i++) {
				org.w3c.dom.Node marker = markers.item(i);
				if ("225".equals(marker.getAttributes().getNamedItem("MarkerTag").getNodeValue())) {
					count++;
				}
			}
			BufferedImage decoded = reader.read(0);
			assertThat(decoded).isNotNull();
			return count;
		}
	}

}
