package id.desabinaan.office.web;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.OfficeListItem;

/**
 * An office in a JSON list.
 *
 * @param id internal identifier
 * @param code stable short code
 * @param name full name
 * @param level NATIONAL, REGIONAL, OFFICE or SUB_OFFICE
 * @param parentId the office above, {@code null} for the directorate
 * @param active {@code false} once retired
 */
record OfficeResponse(long id, String code, String name, OfficeLevel level, Long parentId, boolean active) {

	static OfficeResponse of(OfficeListItem item) {
		return new OfficeResponse(item.id(), item.code(), item.name(), item.level(), item.parentId(), item.active());
	}

}
