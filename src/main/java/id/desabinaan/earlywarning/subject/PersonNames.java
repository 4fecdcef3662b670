package id.desabinaan.earlywarning.subject;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Names of persons compared in a way that tolerates how Indonesians spell them. A name is
 * first folded: lower case without accents, punctuation and honorifics (Pak, Bu, Haji,
 * Sdr ...), the old spellings brought to one form ({@code dj -> j}, {@code tj -> c},
 * {@code oe -> u}, {@code sj -> sy}, {@code nj -> ny}, and {@code j}/{@code y} taken as
 * one letter, since old {@code j} is today's {@code y}), {@code ch}/{@code kh} to
 * {@code h}, {@code sy} to {@code s}, {@code dh}/{@code th} to {@code d}/{@code t},
 * {@code q} to {@code k}, {@code iy}/{@code uw} before a vowel to {@code i}/{@code u},
 * doubled letters to one, a final {@code h} after a vowel dropped, and {@code moh-} to
 * {@code muh-}. So Muhammad, Mohamad, Mochamad and Muhamad fold to {@code muhamad},
 * Hendra and Hendrah to {@code hendra}, Soerjo and Suryo to {@code suryo}.
 *
 * <p>
 * Two folded names are then compared word by word with Jaro-Winkler (in the order
 * written, or both sorted, whichever is closer): their similarity is the lowest of their
 * words', and names with a different number of words do not match. The threshold is
 * configuration ({@code desabinaan.early-warning.subjects.name-similarity}, default
 * 0.95): at 0.95 Sugiyono and Sugiono match, Hendra and Hendri (0.93) do not.
 */
public final class PersonNames {

	static final Set<String> HONORIFICS = Set.of("bapak", "pak", "bp", "ibu", "bu", "mas", "mbak", "mba", "haji",
			"hajah", "hajjah", "h", "hj", "sdr", "sdri", "saudara", "saudari", "tuan", "nyonya", "ny", "nn", "kang",
			"teh", "bang", "om", "tante", "alm", "almh");

	private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

	private static final Pattern GLIDE_BEFORE_VOWEL = Pattern.compile("(i)y(?=[aeiou])|(u)w(?=[aeiou])");

	private static final Pattern FINAL_H = Pattern.compile("(?<=[aeiou])h$");

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private PersonNames() {
	}

	/** The folded form of a name: words separated by one space; empty for no name. */
	public static String fold(String name) {
		if (name == null) {
			return "";
		}
		String plain = MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
			.replaceAll("");
		return Arrays.stream(NOT_LETTER.split(plain))
			.filter((word) -> !word.isEmpty() && !HONORIFICS.contains(word))
			.map(PersonNames::foldWord)
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.joining(" "));
	}

	static String foldWord(String word) {
		String w = word.replace("dj", "j")
			.replace("tj", "c")
			.replace("sj", "sy")
			.replace("nj", "ny")
			.replace("oe", "u")
			.replace("ch", "h")
			.replace("kh", "h")
			.replace("ph", "f")
			.replace("dh", "d")
			.replace("th", "t")
			.replace("q", "k")
			.replace("j", "y");
		w = w.replace("sy", "s");
		w = GLIDE_BEFORE_VOWEL.matcher(w).replaceAll("$1$2");
		w = DOUBLED.matcher(w).replaceAll("$1");
		w = FINAL_H.matcher(w).replaceAll("");
		if (w.startsWith("moh")) {
			w = "muh" + w.substring(3);
		}
		return w;
	}

	/**
	 * The key under which candidates for a folded name are looked up: the number of words
	 * and their first letters, sorted ({@code 2:hw} for "hendra wijaya"), so a variant
	 * that keeps its first letters is found without comparing every stored name.
	 */
	public static String blockKey(String folded) {
		List<String> words = words(folded);
		return words.size() + ":"
				+ words.stream().map((word) -> word.substring(0, 1)).sorted().collect(Collectors.joining());
	}

	/**
	 * How alike two names are, from 0 (nothing alike) to 1 (the same folded name); 0 when
	 * they have a different number of words.
	 */
	public static double similarity(String a, String b) {
		List<String> left = words(fold(a));
		List<String> right = words(fold(b));
		return similarityOfFolded(left, right);
	}

	/** {@link #similarity} of names that are already folded. */
	public static double similarityOfFolded(String foldedA, String foldedB) {
		return similarityOfFolded(words(foldedA), words(foldedB));
	}

	/** Whether two names are taken as the same at this threshold. */
	public static boolean same(String a, String b, double threshold) {
		return similarity(a, b) >= threshold;
	}

	private static double similarityOfFolded(List<String> left, List<String> right) {
		if (left.isEmpty() || left.size() != right.size()) {
			return 0;
		}
		double inOrder = wordByWord(left, right);
		List<String> leftSorted = left.stream().sorted().toList();
		List<String> rightSorted = right.stream().sorted().toList();
		return Math.max(inOrder, wordByWord(leftSorted, rightSorted));
	}

	private static double wordByWord(List<String> left, List<String> right) {
		double lowest = 1;
		for (int i = 0; i < left.size(); i++) {
			lowest = Math.min(lowest, JARO_WINKLER.apply(left.get(i), right.get(i)));
		}
		return lowest;
	}

	private static List<String> words(String folded) {
		List<String> words = new ArrayList<>();
		for (String word : folded.split(" ")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
