package id.desabinaan.knowledge;

/**
 * One document of the site search, as a {@link SiteSearchSource} delivers it.
 *
 * @param kind the source's kind, e.g. {@code article}, {@code office} (letters, digits,
 * dashes)
 * @param key identifies the document within its kind (a slug, a code)
 * @param language {@code id} or {@code en}: a search in one language finds documents of
 * that language (give a language-neutral document, such as an office, once per language)
 * @param title the title shown in the results
 * @param text the searchable text (plain text, no markup)
 * @param path the address the result links to, e.g. {@code /info/paspor-anak}
 * @param labelCode message code naming the kind in the results (from the contributor's
 * own bundle)
 * @param officeId when set, the document is shown only to residents of that Kanim's
 * working area (local content); {@code null} for everyone
 */
public record SiteSearchDocument(String kind, String key, String language, String title, String text, String path,
		String labelCode, Long officeId) {
}
