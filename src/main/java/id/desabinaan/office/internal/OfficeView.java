package id.desabinaan.office.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import id.desabinaan.office.OfficeLevel;

/**
 * Everything a page or the API shows about one office.
 *
 * @param id internal identifier
 * @param code stable short code
 * @param name full name
 * @param level level in the hierarchy
 * @param officeClass class of a Kanim, otherwise {@code null}
 * @param tpi TPI (true) or Non TPI (false) for a Kanim, otherwise {@code null}
 * @param timeZone IANA zone
 * @param address postal address, may be {@code null}
 * @param phone telephone, may be {@code null}
 * @param email e-mail, may be {@code null}
 * @param parent the office above, {@code null} for the directorate
 * @param location where a UKK sits, otherwise {@code null}
 * @param workingArea the kabupaten/kota a Kanim serves, by code
 * @param children the offices directly below, retired ones included
 * @param active {@code false} once retired
 * @param retiredReason why it was retired
 * @param createdAt when it was registered
 * @param createdBy who registered it
 * @param changedAt when it last changed
 * @param changedBy who last changed it
 */
public record OfficeView(long id, String code, String name, OfficeLevel level, OfficeClass officeClass, Boolean tpi,
		String timeZone, String address, String phone, String email, OfficeRef parent, RegionRef location,
		List<RegionRef> workingArea, List<OfficeRef> children, boolean active, String retiredReason, Instant createdAt,
		String createdBy, Instant changedAt, String changedBy) {

	public boolean isKanim() {
		return this.level == OfficeLevel.OFFICE;
	}

	/** The working area codes, in order. */
	public List<String> workingAreaCodes() {
		return this.workingArea.stream().map(RegionRef::code).toList();
	}

	/** When it last changed, in the office's own time zone. */
	public ZonedDateTime lastChangedAt() {
		Instant at = (this.changedAt != null) ? this.changedAt : this.createdAt;
		return (at != null) ? at.atZone(ZoneId.of(this.timeZone)) : null;
	}

	/** Who last changed it. */
	public String lastChangedBy() {
		return (this.changedBy != null) ? this.changedBy : this.createdBy;
	}

	/** The offices directly below that are still active. */
	public List<OfficeRef> activeChildren() {
		return this.children.stream().filter(OfficeRef::active).toList();
	}

	/**
	 * A short reference to another office.
	 *
	 * @param id internal identifier
	 * @param code stable short code
	 * @param name full name
	 * @param level level in the hierarchy
	 * @param active {@code false} once retired
	 */
	public record OfficeRef(long id, String code, String name, OfficeLevel level, boolean active) {
	}

	/**
	 * A region by code and name; the name is {@code null} when the region is unknown.
	 *
	 * @param code Kemendagri code
	 * @param name official name
	 */
	public record RegionRef(String code, String name) {
	}

}
