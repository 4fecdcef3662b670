package id.desabinaan.knowledge;

import java.time.LocalDate;

/**
 * Regulated data changed: a version was added, withdrawn or given an end date. Listeners
 * (caches, search, posters) refresh what they derived from it.
 *
 * @param kind which data
 * @param itemKey the item whose versions changed, e.g. {@code BOOK_ELECTRONIC_10Y}
 * @param validFrom the start of the version concerned
 */
public record RegulatedDataChanged(RegulatedDataKind kind, String itemKey, LocalDate validFrom) {
}
