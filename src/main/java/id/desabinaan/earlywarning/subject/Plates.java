package id.desabinaan.earlywarning.subject;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indonesian number plates written as one likes ({@code aa1234bc}, {@code AA-1234-BC},
 * {@code Avanza hitam AA 1234 BC}) in their printed form {@code AA 1234 BC}: one or two
 * letters of the region, one to four digits, up to three letters.
 */
public final class Plates {

	private static final Pattern PLATE = Pattern
		.compile("(?<![A-Z0-9])([A-Z]{1,2})[\\s.-]*([0-9]{1,4})(?:[\\s.-]*([A-Z]{1,3}))?(?![A-Z0-9])");

	private Plates() {
	}

	/** The first plate in what was written, in printed form; empty if there is none. */
	public static Optional<String> normalise(String written) {
		if (written == null || written.isBlank() || written.length() > 200) {
			return Optional.empty();
		}
		Matcher plate = PLATE.matcher(written.toUpperCase(Locale.ROOT));
		if (!plate.find()) {
			return Optional.empty();
		}
		String suffix = plate.group(3);
		return Optional.of(plate.group(1) + " " + plate.group(2) + ((suffix != null) ? " " + suffix : ""));
	}

}
