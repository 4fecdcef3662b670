package id.desabinaan.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One section of a {@link Poster}: a heading, then paragraphs, then list items (either
 * may be empty).
 *
 * @param heading the section heading
 * @param paragraphs plain-text paragraphs
 * @param items plain-text bullet points, shown after the paragraphs
 */
public record PosterSection(String heading, List<String> paragraphs, List<String> items) {

	public PosterSection {
		Objects.requireNonNull(heading, "heading");
		paragraphs = List.copyOf(paragraphs);
		items = List.copyOf(items);
	}

	/** A section of paragraphs only. */
	public static PosterSection paragraphs(String heading, String... paragraphs) {
		return new PosterSection(heading, List.of(paragraphs), List.of());
	}

	/** A section of bullet points only. */
	public static PosterSection items(String heading, List<String> items) {
		return new PosterSection(heading, List.of(), items);
	}

}
