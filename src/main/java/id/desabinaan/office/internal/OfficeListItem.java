package id.desabinaan.office.internal;

import id.desabinaan.office.OfficeLevel;

/**
 * One line of an office list.
 *
 * @param id internal identifier
 * @param code stable short code
 * @param name full name
 * @param level level in the hierarchy
 * @param parentId the office above, {@code null} for the directorate
 * @param depth 0 for the directorate, 1 for a Kanwil, 2 for a Kanim, 3 for a UKK
 * @param active {@code false} once retired
 */
public record OfficeListItem(long id, String code, String name, OfficeLevel level, Long parentId, int depth,
		boolean active) {
}
