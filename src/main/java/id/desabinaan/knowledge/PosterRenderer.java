package id.desabinaan.knowledge;

import java.util.Locale;

/**
 * Prints a {@link Poster} as a one-page A4 portrait PDF for a village notice board: the
 * embedded DejaVu Sans font, a QR code that opens {@link Poster#pageUrl()} and that
 * address in print under it. Long content is set smaller so that it stays on one page
 * where possible.
 *
 * <p>
 * Use it for "print as poster" of any public page: build the poster from the page's
 * content, pass {@code publicUrl("/info/" + slug)} as the page address, and answer the
 * bytes as {@code application/pdf}.
 */
public interface PosterRenderer {

	/**
	 * The PDF of the poster.
	 * @param poster what to print
	 * @param locale the language of the renderer's own words (contact labels, the QR
	 * caption)
	 */
	byte[] render(Poster poster, Locale locale);

	/**
	 * The PDF of the poster on exactly one page, for content of any length (an article):
	 * set smaller as {@link #render} does, and when even the smallest type runs over, cut
	 * after the last paragraph or list item that fits (at a type size still readable from
	 * a step away) and end with the line "Read more at" and the page's address.
	 * @param poster what to print
	 * @param locale the language of the renderer's own words
	 */
	byte[] renderOnePage(Poster poster, Locale locale);

	/**
	 * The absolute address of a path on the public site (configured by
	 * {@code desabinaan.public-base-url}), e.g. {@code publicUrl("/cek-lowongan")}.
	 */
	String publicUrl(String path);

}
