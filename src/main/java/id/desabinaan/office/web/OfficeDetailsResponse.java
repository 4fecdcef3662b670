package id.desabinaan.office.web;

import java.util.List;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.OfficeClass;
import id.desabinaan.office.internal.OfficeView;
import id.desabinaan.office.internal.OfficeView.OfficeRef;
import id.desabinaan.office.internal.OfficeView.RegionRef;

/**
 * One office in JSON, with its place in the hierarchy and its working area.
 *
 * @param id internal identifier
 * @param code stable short code
 * @param name full name
 * @param level NATIONAL, REGIONAL, OFFICE or SUB_OFFICE
 * @param officeClass I_KHUSUS, I, II or III for a Kanim
 * @param tpi TPI (true) or Non TPI (false) for a Kanim
 * @param timeZone IANA zone
 * @param address postal address
 * @param phone telephone
 * @param email e-mail
 * @param parent the office above
 * @param location the kabupaten/kota where a UKK sits
 * @param workingArea the kabupaten/kota a Kanim serves
 * @param children the offices directly below
 * @param active {@code false} once retired
 * @param retiredReason why it was retired
 */
record OfficeDetailsResponse(long id, String code, String name, OfficeLevel level, OfficeClass officeClass, Boolean tpi,
		String timeZone, String address, String phone, String email, OfficeLink parent, Region location,
		List<Region> workingArea, List<OfficeLink> children, boolean active, String retiredReason) {

	static OfficeDetailsResponse of(OfficeView office) {
		return new OfficeDetailsResponse(office.id(), office.code(), office.name(), office.level(),
				office.officeClass(), office.tpi(), office.timeZone(), office.address(), office.phone(), office.email(),
				OfficeLink.of(office.parent()), Region.of(office.location()),
				office.workingArea().stream().map(Region::of).toList(),
				office.children().stream().map(OfficeLink::of).toList(), office.active(), office.retiredReason());
	}

	/**
	 * Another office, by reference.
	 *
	 * @param id internal identifier
	 * @param code stable short code
	 * @param name full name
	 * @param level level in the hierarchy
	 * @param active {@code false} once retired
	 */
	record OfficeLink(long id, String code, String name, OfficeLevel level, boolean active) {

		static OfficeLink of(OfficeRef ref) {
			return (ref != null) ? new OfficeLink(ref.id(), ref.code(), ref.name(), ref.level(), ref.active()) : null;
		}

	}

	/**
	 * A kabupaten/kota.
	 *
	 * @param code Kemendagri code {@code PP.KK}
	 * @param name official name
	 */
	record Region(String code, String name) {

		static Region of(RegionRef ref) {
			return (ref != null) ? new Region(ref.code(), ref.name()) : null;
		}

	}

}
