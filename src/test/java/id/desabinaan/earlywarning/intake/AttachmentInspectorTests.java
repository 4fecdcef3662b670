package id.desabinaan.earlywarning.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import id.desabinaan.earlywarning.ReportSubmission.Upload;
import id.desabinaan.earlywarning.intake.AttachmentInspector.StoredFile;
import id.desabinaan.platform.FileStore;
import id.desabinaan.shared.InvalidInputException;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AttachmentInspectorTests {

	static final String SECRET = "GPS-7.3623,109.9022-CAMERA-SERIAL-4711";

	@Autowired
	AttachmentInspector inspector;

	@Autowired
	FileStore files;

	/** A JPEG photo with an EXIF segment holding a position and a camera serial. */
	static byte[] jpegWithExif() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 40, 30);
		graphics.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", jpeg);
		byte[] plain = jpeg.toByteArray();
		ByteArrayOutputStream exif = new ByteArrayOutputStream();
		exif.write("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		exif.write(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0 });
		exif.write(SECRET.getBytes(StandardCharsets.ISO_8859_1));
		byte[] segment = exif.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write((segment.length + 2) >> 8);
		out.write((segment.length + 2) & 0xFF);
		out.write(segment);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	static byte[] pdfWithAuthor() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setAuthor("Nama Pelapor Rahasia");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void aPhotoIsStoredWithoutItsExifMetadataUnderTheSha256OfWhatIsStored() throws IOException {
		byte[] upload = jpegWithExif();
		assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif", SECRET);

		StoredFile stored = this.inspector.accept(new Upload("IMG_20261206_101500.jpg", upload));

		byte[] kept = this.files.read(stored.key()).orElseThrow();
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain(SECRET);
		assertThat(stored.key()).isEqualTo(FileStore.keyOf(kept));
		assertThat(stored.contentType()).isEqualTo("image/jpeg");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(kept)).getWidth()).isEqualTo(40);
	}

	@Test
	void aFileIsJudgedByItsContentSoAFakeExtensionIsRefused() throws IOException {
		byte[] script = "#!/bin/sh\necho bukan foto\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.inspector.accept(new Upload("foto.jpg", script)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("attachments");
				assertThat(ex.getMessageCode()).isEqualTo("ewintake.attachment.type");
			});
		assertThatThrownBy(() -> this.inspector.accept(new Upload("dokumen.pdf", script))).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("ewintake.attachment.type"));
		byte[] photo = jpegWithExif();
		assertThatThrownBy(() -> this.inspector.accept(new Upload("setup.exe", photo))).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("ewintake.attachment.nameMismatch"));
		assertThat(this.inspector.accept(new Upload("tanpa-akhiran", photo)).contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void aPdfIsAcceptedOnlyIfItParsesAndIsSavedAgainWithoutItsAuthor() throws IOException {
		StoredFile stored = this.inspector.accept(new Upload("surat.pdf", pdfWithAuthor()));

		assertThat(stored.contentType()).isEqualTo("application/pdf");
		try (PDDocument kept = Loader.loadPDF(this.files.read(stored.key()).orElseThrow())) {
			assertThat(kept.getDocumentInformation().getAuthor()).isNull();
			assertThat(kept.getNumberOfPages()).isEqualTo(1);
		}
		byte[] broken = "%PDF-1.7\nini bukan dokumen".getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> this.inspector.accept(new Upload("rusak.pdf", broken))).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("ewintake.attachment.unreadable"));
	}

	@Test
	void emptyAndTooLargeFilesAreRefusedNamingTheFile() {
		assertThatThrownBy(() -> this.inspector.accept(new Upload("kosong.png", new byte[0]))).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getArguments()).contains("kosong.png"));
		byte[] large = new byte[(int) this.inspector.limits().maxSize().toBytes() + 1];
		large[0] = (byte) 0xFF;
		large[1] = (byte) 0xD8;
		large[2] = (byte) 0xFF;
		assertThatThrownBy(() -> this.inspector.accept(new Upload("besar.jpg", large))).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("ewintake.attachment.tooLarge"));
	}

}
