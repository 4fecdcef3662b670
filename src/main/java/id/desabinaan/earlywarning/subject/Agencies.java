package id.desabinaan.earlywarning.subject;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Agency and company names compared without their legal form and punctuation:
 * {@code PT. Maju Jaya Abadi}, {@code P.T. MAJU JAYA ABADI}, {@code Maju Jaya Abadi, PT}
 * and {@code pt maju-jaya abadi} are all {@code maju jaya abadi}. Kinds that say what an
 * agency does (P3MI, LPK, BLK) stay part of the name.
 */
public final class Agencies {

	/** Legal forms left out of the key. */
	static final Set<String> LEGAL_FORMS = Set.of("pt", "cv", "ud", "tbk", "persero", "fa", "firma", "pte", "ltd",
			"sdn", "bhd", "co", "inc", "limited", "perseroan", "terbatas");

	private static final Pattern DOTTED_FORM = Pattern.compile("\\b([pc])\\s*\\.\\s*([tv])\\s*\\.?");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Agencies() {
	}

	/** The name's key, or empty when nothing but a legal form was written. */
	public static Optional<String> normalise(String written) {
		if (written == null || written.isBlank() || written.length() > 300) {
			return Optional.empty();
		}
		String text = MARKS.matcher(Normalizer.normalize(written.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
			.replaceAll("");
		text = DOTTED_FORM.matcher(text).replaceAll("$1$2 ");
		String key = Arrays.stream(NOT_WORD.split(text))
			.filter((word) -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
			.collect(Collectors.joining(" "));
		return (key.length() < 2) ? Optional.empty() : Optional.of(key);
	}

}
