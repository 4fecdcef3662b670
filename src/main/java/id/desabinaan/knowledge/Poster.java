package id.desabinaan.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a poster or leaflet for a village notice board says: a title, an optional lead
 * paragraph, sections, the public page it comes from (its QR code opens that page) and an
 * optional office contact block. Texts are plain text, already translated; the renderer
 * escapes them. Drawn by {@link PosterRenderer}.
 *
 * @param title the big title
 * @param lead a short paragraph under the title, or {@code null}
 * @param sections the body, in order
 * @param pageUrl the absolute address of the page the poster prints (see
 * {@link PosterRenderer#publicUrl(String)}); the QR code and the printed link open it
 * @param contact who to contact, or {@code null}
 */
public record Poster(String title, String lead, List<PosterSection> sections, String pageUrl, PosterContact contact) {

	public Poster {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(pageUrl, "pageUrl");
		sections = List.copyOf(sections);
	}

	/** How many paragraphs and list items the sections hold together. */
	public int blocks() {
		return this.sections.stream().mapToInt((section) -> section.paragraphs().size() + section.items().size()).sum();
	}

	/**
	 * The same poster with only its first {@code count} paragraphs and list items, in
	 * reading order; sections left with nothing are dropped.
	 */
	public Poster firstBlocks(int count) {
		List<PosterSection> kept = new ArrayList<>();
		int left = count;
		for (PosterSection section : this.sections) {
			if (left <= 0) {
				break;
			}
			List<String> paragraphs = section.paragraphs().subList(0, Math.min(left, section.paragraphs().size()));
			left -= paragraphs.size();
			List<String> items = section.items().subList(0, Math.min(Math.max(left, 0), section.items().size()));
			left -= items.size();
			if (!paragraphs.isEmpty() || !items.isEmpty()) {
				kept.add(new PosterSection(section.heading(), paragraphs, items));
			}
		}
		return new Poster(this.title, this.lead, kept, this.pageUrl, this.contact);
	}

}
