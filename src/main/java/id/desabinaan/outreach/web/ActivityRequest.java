package id.desabinaan.outreach.web;

import java.util.List;

import id.desabinaan.outreach.Material;

/**
 * A new activity sent to the API.
 *
 * @param villageCode the partner village's desa/kelurahan code
 * @param type ActivityType code
 * @param otherType what it is when the type is OTHER
 * @param title title
 * @param place place
 * @param startsAt local date and time in the office's zone, e.g. {@code 2026-11-20T09:00}
 * @param officerIds accounts of the officers taking part
 * @param institutions codes of partner institutions (e.g. BP3MI, DISNAKER)
 * @param otherInstitution the institution when the code OTHER is given
 * @param topics codes of topics (e.g. PASSPORT, SAFE_MIGRATION)
 * @param otherTopic the topic when the code OTHER is given
 * @param materials materials handed out
 * @param notes internal notes
 * @param shownPublicly whether residents see it (default true)
 * @param held whether it already took place (default false)
 * @param attendance attendance counts of a held activity (optional)
 */
record ActivityRequest(String villageCode, String type, String otherType, String title, String place, String startsAt,
		List<Long> officerIds, List<String> institutions, String otherInstitution, List<String> topics,
		String otherTopic, List<Material> materials, String notes, Boolean shownPublicly, Boolean held,
		AttendanceRequest attendance) {
}
