package id.desabinaan.knowledge;

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

}
