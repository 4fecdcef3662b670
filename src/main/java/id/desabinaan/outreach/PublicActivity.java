package id.desabinaan.outreach;

import java.time.ZonedDateTime;

/**
 * An activity as everyone may see it: no officers, photos, notes or materials.
 *
 * @param id identifier
 * @param type kind of activity
 * @param otherType what it is when the type is OTHER
 * @param title title
 * @param startsAt start in the office's time zone
 * @param zoneLabel WIB, WITA or WIT
 * @param place place
 * @param villageCode desa/kelurahan code
 * @param villageName the village's name
 * @param officeName the serving Kanim
 * @param status planned, held or cancelled
 * @param participants participants of a held activity with recorded attendance, else 0
 * @param male of them men and boys
 * @param female of them women and girls
 */
public record PublicActivity(long id, ActivityType type, String otherType, String title, ZonedDateTime startsAt,
		String zoneLabel, String place, String villageCode, String villageName, String officeName,
		ActivityStatus status, int participants, int male, int female) {

	static PublicActivity of(ActivityView view) {
		AttendanceCounts counts = view.attendance();
		return new PublicActivity(view.id(), view.type(), view.otherType(), view.title(), view.startsAt(),
				view.zoneLabel(), view.place(), view.villageCode(), view.villageName(), view.officeName(),
				view.status(), counts.total(), counts.male().total(), counts.female().total());
	}

}
