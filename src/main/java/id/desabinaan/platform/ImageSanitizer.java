package id.desabinaan.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import id.desabinaan.platform.ImageRejectedException.Reason;

/**
 * Makes an uploaded photo safe to keep and show: accepts only JPEG and PNG, recognised by
 * their content; refuses uploads over the size limit and images with absurd pixel counts
 * before decoding them; decodes the pixels and encodes them again, so that no metadata
 * (EXIF with GPS position, camera serial, comments) survives; turns the picture upright
 * as the camera's EXIF orientation said (that tag is lost with the rest); scales very
 * large pictures down.
 */
@Component
@EnableConfigurationProperties(ImageProperties.class)
public class ImageSanitizer {

	private static final float JPEG_QUALITY = 0.85f;

	private final ImageProperties properties;

	ImageSanitizer(ImageProperties properties) {
		this.properties = properties;
	}

	/** The largest upload accepted, in bytes. */
	public long maxBytes() {
		return this.properties.maxSize().toBytes();
	}

	/**
	 * The upload decoded and encoded again, refusing a file whose name claims another
	 * kind of file (a picture named {@code .exe}): its content decides the format, but a
	 * name that says "program" is a mistake or an attack either way.
	 * @param fileName the name the browser sent, may be {@code null}
	 * @throws ImageRejectedException as {@link #sanitize(byte[])}, and NOT_JPEG_OR_PNG
	 * for a name with an extension other than jpg, jpeg, jpe or png
	 */
	public SanitizedImage sanitize(byte[] upload, String fileName) {
		if (!ImageFormat.isImageFileName(fileName)) {
			throw new ImageRejectedException(Reason.NOT_JPEG_OR_PNG);
		}
		return sanitize(upload);
	}

	/**
	 * The upload decoded and encoded again, in its own format.
	 * @throws ImageRejectedException when it is empty, too large, not a JPEG or PNG, or
	 * cannot be decoded
	 */
	public SanitizedImage sanitize(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new ImageRejectedException(Reason.EMPTY);
		}
		if (upload.length > maxBytes()) {
			throw new ImageRejectedException(Reason.TOO_LARGE);
		}
		ImageFormat format = ImageFormat.detect(upload)
			.orElseThrow(() -> new ImageRejectedException(Reason.NOT_JPEG_OR_PNG));
		BufferedImage pixels = decode(upload, format);
		if (format == ImageFormat.JPEG) {
			pixels = upright(pixels, ExifOrientation.of(upload));
		}
		pixels = fit(pixels, this.properties.maxDimension());
		return encode(pixels, format);
	}

	/**
	 * A small JPEG of the image for lists, at most {@code thumbnailSize} on its longer
	 * side.
	 */
	public SanitizedImage thumbnail(SanitizedImage image) {
		BufferedImage pixels = decode(image.content(), image.format());
		return encode(fit(pixels, this.properties.thumbnailSize()), ImageFormat.JPEG);
	}

	private BufferedImage decode(byte[] content, ImageFormat format) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name());
			if (input == null || !readers.hasNext()) {
				throw new ImageRejectedException(Reason.UNREADABLE);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > this.properties.maxPixels()) {
					throw new ImageRejectedException(Reason.TOO_MANY_PIXELS);
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImageRejectedException rejected) {
				throw rejected;
			}
			throw new ImageRejectedException(Reason.UNREADABLE, ex);
		}
	}

	private static SanitizedImage encode(BufferedImage source, ImageFormat format) {
		boolean alpha = format == ImageFormat.PNG && source.getColorModel().hasAlpha();
		BufferedImage pixels = redraw(source, source.getWidth(), source.getHeight(), new AffineTransform(), alpha);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format.name()).next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == ImageFormat.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(pixels, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode image", ex);
		}
		finally {
			writer.dispose();
		}
		return new SanitizedImage(bytes.toByteArray(), format, pixels.getWidth(), pixels.getHeight());
	}

	/** Turns the pixels as EXIF orientation 1-8 says, so that they stand upright. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform turn = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> null;
		};
		if (turn == null) {
			return image;
		}
		boolean swap = orientation >= 5;
		return redraw(image, swap ? h : w, swap ? w : h, turn, image.getColorModel().hasAlpha());
	}

	/** Scales down (never up) so that the longer side is at most {@code max}. */
	private static BufferedImage fit(BufferedImage image, int max) {
		BufferedImage current = image;
		while (Math.max(current.getWidth(), current.getHeight()) > max) {
			// halve step by step for a smooth result, then the last step to the exact
			// size
			double factor = Math.max(0.5, (double) max / Math.max(current.getWidth(), current.getHeight()));
			int w = Math.max(1, (int) Math.round(current.getWidth() * factor));
			int h = Math.max(1, (int) Math.round(current.getHeight() * factor));
			current = redraw(current, w, h,
					AffineTransform.getScaleInstance((double) w / current.getWidth(), (double) h / current.getHeight()),
					current.getColorModel().hasAlpha());
		}
		return current;
	}

	private static BufferedImage redraw(BufferedImage source, int width, int height, AffineTransform transform,
			boolean alpha) {
		BufferedImage target = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			if (!alpha) {
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(source, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

}
