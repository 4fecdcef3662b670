package id.desabinaan.outreach.web;

import java.util.List;

import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.AttendanceCounts;
import id.desabinaan.outreach.Material;
import id.desabinaan.outreach.ReferenceItem;

/**
 * An activity as its recorder gets it back from the API.
 *
 * @param id identifier
 * @param villageCode desa/kelurahan code
 * @param type ActivityType code
 * @param title title
 * @param startsAt start with the office's UTC offset, ISO 8601
 * @param zoneLabel WIB, WITA or WIT
 * @param place place
 * @param status PLANNED, HELD or CANCELLED
 * @param shownPublicly whether residents see it
 * @param officers officers taking part
 * @param institutions codes of partner institutions
 * @param topics codes of topics
 * @param materials materials handed out
 * @param attendanceSource COUNTS or PARTICIPANT_LIST, {@code null} while none recorded
 * @param attendance the counts
 */
record ActivityDetailsResponse(long id, String villageCode, String type, String title, String startsAt,
		String zoneLabel, String place, String status, boolean shownPublicly, List<ActivityView.Officer> officers,
		List<String> institutions, List<String> topics, List<Material> materials, String attendanceSource,
		AttendanceCounts attendance) {

	static ActivityDetailsResponse of(ActivityView view) {
		return new ActivityDetailsResponse(view.id(), view.villageCode(), view.type().name(), view.title(),
				view.startsAt().toOffsetDateTime().toString(), view.zoneLabel(), view.place(), view.status().name(),
				view.shownPublicly(), view.officers(), view.institutions().stream().map(ReferenceItem::code).toList(),
				view.topics().stream().map(ReferenceItem::code).toList(), view.materials(),
				(view.attendanceSource() != null) ? view.attendanceSource().name() : null, view.attendance());
	}

}
