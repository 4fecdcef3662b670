package id.desabinaan.outreach.web;

import id.desabinaan.outreach.PublicActivity;

/**
 * An activity as the public API shows it: no officers, photos or notes.
 *
 * @param id identifier
 * @param type ActivityType code (SOSIALISASI, COORDINATION_VISIT, ...)
 * @param otherType what it is when the type is OTHER
 * @param title title
 * @param startsAt start with the office's UTC offset, ISO 8601
 * @param timeZone the office's IANA time zone
 * @param zoneLabel WIB, WITA or WIT
 * @param place place
 * @param villageCode desa/kelurahan code
 * @param villageName the village's name
 * @param officeName the serving Kanim
 * @param status PLANNED, HELD or CANCELLED
 * @param participants totals of a held activity with recorded attendance (0 otherwise)
 */
record ActivityResponse(long id, String type, String otherType, String title, String startsAt, String timeZone,
		String zoneLabel, String place, String villageCode, String villageName, String officeName, String status,
		Participants participants) {

	static ActivityResponse of(PublicActivity activity) {
		return new ActivityResponse(activity.id(), activity.type().name(), activity.otherType(), activity.title(),
				activity.startsAt().toOffsetDateTime().toString(), activity.startsAt().getZone().getId(),
				activity.zoneLabel(), activity.place(), activity.villageCode(), activity.villageName(),
				activity.officeName(), activity.status().name(),
				new Participants(activity.participants(), activity.male(), activity.female()));
	}

	/**
	 * Participants reached.
	 *
	 * @param total all
	 * @param male men and boys
	 * @param female women and girls
	 */
	record Participants(int total, int male, int female) {
	}

}
