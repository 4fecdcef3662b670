package id.desabinaan.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * JPEG photos as phones make them, for tests: an EXIF block with the camera's make, the
 * orientation and a GPS position (Desa Pakuncen, 7.43 S 109.93 E), inserted after the
 * start-of-image marker of a picture drawn here.
 */
public final class ExifJpeg {

	/** Text in the EXIF block that must not survive sanitizing. */
	public static final String CAMERA = "DesaBinaanTestCamera";

	private ExifJpeg() {
	}

	/**
	 * A {@code width} x {@code height} JPEG with EXIF make, orientation and GPS, laid out
	 * like a phone's: the EXIF block right after the start of the image, no JFIF block.
	 */
	public static byte[] withGps(int width, int height, int orientation) {
		byte[] plain = picture(width, height, "jpg");
		// skip ImageIO's JFIF APP0 segment (FF E0 + length)
		int rest = 2;
		if ((plain[2] & 0xFF) == 0xFF && (plain[3] & 0xFF) == 0xE0) {
			rest = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
		}
		byte[] exif = exifSegment(orientation);
		ByteBuffer out = ByteBuffer.allocate(2 + exif.length + plain.length - rest);
		out.put(plain, 0, 2);
		out.put(exif);
		out.put(plain, rest, plain.length - rest);
		return out.array();
	}

	/** A plain picture in the given ImageIO format ("jpg" or "png"). */
	public static byte[] picture(int width, int height, String format) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x1f6f8b));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(0xf2c14e));
		graphics.fillRect(0, 0, width / 2, height / 3);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** APP1 "Exif": IFD0 with Make, Orientation and a pointer to a GPS IFD. */
	private static byte[] exifSegment(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(512);
		byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
		// header: big-endian, 42, IFD0 at 8
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		int ifd0Entries = 3;
		int ifd0End = 8 + 2 + ifd0Entries * 12 + 4;
		int makeOffset = ifd0End;
		int gpsOffset = makeOffset + make.length;
		tiff.putShort((short) ifd0Entries);
		entry(tiff, 0x010F, 2, make.length, makeOffset);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		entry(tiff, 0x8825, 4, 1, gpsOffset);
		tiff.putInt(0);
		tiff.put(make);
		// GPS IFD: latitude ref S, latitude, longitude ref E, longitude
		int gpsEntries = 4;
		int gpsEnd = gpsOffset + 2 + gpsEntries * 12 + 4;
		tiff.putShort((short) gpsEntries);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'S').put((byte) 0).putShort((short) 0);
		entry(tiff, 0x0002, 5, 3, gpsEnd);
		tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
		entry(tiff, 0x0004, 5, 3, gpsEnd + 24);
		tiff.putInt(0);
		rational(tiff, 7, 1);
		rational(tiff, 25, 1);
		rational(tiff, 4800, 100);
		rational(tiff, 109, 1);
		rational(tiff, 55, 1);
		rational(tiff, 4800, 100);
		int tiffLength = tiff.position();
		ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiffLength);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiffLength));
		segment.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
		segment.put(tiff.array(), 0, tiffLength);
		return segment.array();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int valueOrOffset) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
	}

	private static void rational(ByteBuffer tiff, int numerator, int denominator) {
		tiff.putInt(numerator).putInt(denominator);
	}

	/** Whether the bytes hold an EXIF block or the camera text anywhere. */
	public static boolean hasExif(byte[] jpeg) {
		String text = new String(jpeg, StandardCharsets.ISO_8859_1);
		return text.contains("Exif\0") || text.contains(CAMERA);
	}

}
