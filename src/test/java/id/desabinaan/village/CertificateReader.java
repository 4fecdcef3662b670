package id.desabinaan.village;

import java.awt.image.BufferedImage;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a certificate PDF as a person would: its text, its format and its QR code. */
public final class CertificateReader {

	private CertificateReader() {
	}

	public static Certificate read(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			PDRectangle box = document.getPage(0).getMediaBox();
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
			String qr = new MultiFormatReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
				.getText();
			return new Certificate(text, box.getWidth() > box.getHeight(), document.getNumberOfPages(), qr);
		}
	}

	/**
	 * What a certificate shows.
	 *
	 * @param text its text, white space collapsed
	 * @param landscape whether page 1 is wider than high
	 * @param pages the number of pages
	 * @param qr what the QR code on page 1 decodes to
	 */
	public record Certificate(String text, boolean landscape, int pages, String qr) {
	}

}
