package id.desabinaan.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An activity as staff pages, exports and other parts of the outreach module see it.
 *
 * @param id identifier
 * @param villageId the partner village (designation id)
 * @param villageCode the desa/kelurahan code
 * @param villageName the village's name
 * @param villageFullName the name with kecamatan, kabupaten/kota and province
 * @param officeId the serving Kanim
 * @param officeName its name
 * @param type kind of activity
 * @param otherType what it is when the type is OTHER
 * @param title title
 * @param place place
 * @param startsAt start in the office's time zone
 * @param zoneLabel WIB, WITA or WIT
 * @param status planned, held or cancelled
 * @param cancelReason why it was cancelled
 * @param notes internal notes
 * @param shownPublicly whether residents see it
 * @param officers officers taking part
 * @param institutions partner institutions
 * @param otherInstitution the institution named in words
 * @param topics topics
 * @param otherTopic the topic named in words
 * @param materials materials handed out
 * @param attendanceSource where the counts come from; {@code null} while none are
 * recorded
 * @param attendance the counts (all zero while none are recorded)
 * @param photos photos
 * @param version optimistic-lock version
 */
public record ActivityView(long id, long villageId, String villageCode, String villageName, String villageFullName,
		long officeId, String officeName, ActivityType type, String otherType, String title, String place,
		ZonedDateTime startsAt, String zoneLabel, ActivityStatus status, String cancelReason, String notes,
		boolean shownPublicly, List<Officer> officers, List<ReferenceItem> institutions, String otherInstitution,
		List<ReferenceItem> topics, String otherTopic, List<Material> materials, AttendanceSource attendanceSource,
		AttendanceCounts attendance, List<Photo> photos, long version) {

	/** Whether attendance has been recorded. */
	public boolean attendanceRecorded() {
		return this.attendanceSource != null;
	}

	/** Number of participants (0 while attendance is not recorded). */
	public int participants() {
		return this.attendance.total();
	}

	/** The day it takes place, in the office's time zone. */
	public LocalDate date() {
		return this.startsAt.toLocalDate();
	}

	/** The start as an instant. */
	public Instant startsAtInstant() {
		return this.startsAt.toInstant();
	}

	/**
	 * An officer taking part.
	 *
	 * @param accountId the officer's account
	 * @param displayName the name as it was when recorded
	 */
	public record Officer(long accountId, String displayName) {
	}

	/**
	 * A photo.
	 *
	 * @param id identifier
	 * @param width width in pixels
	 * @param height height in pixels
	 */
	public record Photo(long id, int width, int height) {
	}

}
