package id.desabinaan.platform;

/**
 * Reads the one EXIF tag worth keeping from a JPEG, its orientation (tag 0x0112), before
 * the sanitizer drops all metadata. Walks the JPEG segments up to the image data and
 * never trusts an offset without checking it against the length.
 */
final class ExifOrientation {

	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	/** The orientation 1-8, or 1 (upright) when there is none or it cannot be read. */
	static int of(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == 0xDA || marker == 0xD9) {
				break;
			}
			int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
			if (length < 2 || at + 2 + length > jpeg.length) {
				break;
			}
			if (marker == 0xE1 && length >= 8 && startsWithExif(jpeg, at + 4)) {
				int orientation = fromTiff(jpeg, at + 10, at + 2 + length);
				if (orientation >= 1 && orientation <= 8) {
					return orientation;
				}
			}
			at += 2 + length;
		}
		return 1;
	}

	private static boolean startsWithExif(byte[] data, int at) {
		return data[at] == 'E' && data[at + 1] == 'x' && data[at + 2] == 'i' && data[at + 3] == 'f' && data[at + 4] == 0
				&& data[at + 5] == 0;
	}

	private static int fromTiff(byte[] data, int tiff, int end) {
		if (tiff + 8 > end) {
			return 1;
		}
		boolean little = data[tiff] == 'I' && data[tiff + 1] == 'I';
		long ifd = tiff + unsigned32(data, tiff + 4, little);
		if (ifd + 2 > end) {
			return 1;
		}
		int entries = unsigned16(data, (int) ifd, little);
		for (int i = 0; i < entries; i++) {
			int entry = (int) ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (unsigned16(data, entry, little) == ORIENTATION_TAG) {
				return unsigned16(data, entry + 8, little);
			}
		}
		return 1;
	}

	private static int unsigned16(byte[] data, int at, boolean little) {
		int a = data[at] & 0xFF;
		int b = data[at + 1] & 0xFF;
		return little ? (b << 8) | a : (a << 8) | b;
	}

	private static long unsigned32(byte[] data, int at, boolean little) {
		long high = unsigned16(data, little ? at + 2 : at, little);
		long low = unsigned16(data, little ? at : at + 2, little);
		return (high << 16) | low;
	}

}
