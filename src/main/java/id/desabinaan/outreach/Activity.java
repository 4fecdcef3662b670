package id.desabinaan.outreach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * One outreach activity in one partner village. Guards its status: PLANNED -> HELD (once
 * its start has passed) and PLANNED -> CANCELLED (with a reason); attendance is recorded
 * only for a held activity.
 */
@Entity
@Table(name = "outreach_activity")
class Activity extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long partnerVillageId;

	private String villageCode;

	private long officeId;

	@Enumerated(EnumType.STRING)
	private ActivityType type;

	private String otherType;

	private String title;

	private String place;

	private Instant startsAt;

	@Enumerated(EnumType.STRING)
	private ActivityStatus status;

	private String cancelReason;

	private String notes;

	private boolean shownPublicly;

	private String otherInstitution;

	private String otherTopic;

	@Enumerated(EnumType.STRING)
	private AttendanceSource attendanceSource;

	@Embedded
	private Attendance attendance = Attendance.of(AttendanceCounts.NONE);

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "outreach_activity_officer", joinColumns = @JoinColumn(name = "activity_id"))
	private Set<OfficerLine> officers = new LinkedHashSet<>();

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "outreach_activity_institution", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "reference_id")
	private Set<Long> institutions = new LinkedHashSet<>();

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "outreach_activity_topic", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "reference_id")
	private Set<Long> topics = new LinkedHashSet<>();

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "outreach_activity_material", joinColumns = @JoinColumn(name = "activity_id"))
	@OrderColumn(name = "position")
	private List<MaterialLine> materials = new ArrayList<>();

	protected Activity() {
	}

	/** A new planned activity in a partner village served by {@code officeId}. */
	static Activity plan(long partnerVillageId, String villageCode, long officeId, Details details) {
		Activity activity = new Activity();
		activity.partnerVillageId = partnerVillageId;
		activity.villageCode = villageCode;
		activity.officeId = officeId;
		activity.status = ActivityStatus.PLANNED;
		activity.change(details);
		return activity;
	}

	/** Replaces what was entered (the village and the status stay). */
	void change(Details details) {
		this.type = details.type();
		this.otherType = details.otherType();
		this.title = details.title();
		this.place = details.place();
		this.startsAt = details.startsAt();
		this.notes = details.notes();
		this.shownPublicly = details.shownPublicly();
		this.officers = new LinkedHashSet<>(details.officers());
		this.institutions = new LinkedHashSet<>(details.institutions());
		this.otherInstitution = details.otherInstitution();
		this.topics = new LinkedHashSet<>(details.topics());
		this.otherTopic = details.otherTopic();
		this.materials = new ArrayList<>(details.materials());
	}

	/** Moves a planned activity to another time (demo data that must stay upcoming). */
	void reschedule(Instant startsAt) {
		requireStatus(ActivityStatus.PLANNED, "outreach.error.held.notPlanned");
		this.startsAt = startsAt;
	}

	/**
	 * It took place. Only a planned activity whose start has passed can be marked held.
	 */
	void markHeld(Instant now) {
		requireStatus(ActivityStatus.PLANNED, "outreach.error.held.notPlanned");
		if (this.startsAt.isAfter(now)) {
			throw new RuleViolationException("status", "outreach.error.held.future");
		}
		this.status = ActivityStatus.HELD;
	}

	/** It will not take place. Only a planned activity can be cancelled. */
	void cancel(String reason) {
		requireStatus(ActivityStatus.PLANNED, "outreach.error.cancel.notPlanned");
		this.cancelReason = Texts.required("reason", reason, 500);
		this.status = ActivityStatus.CANCELLED;
	}

	/** Replaces the attendance counts; only for a held activity. */
	void recordAttendance(AttendanceCounts counts, AttendanceSource source) {
		requireStatus(ActivityStatus.HELD, "outreach.error.attendance.notHeld");
		if (counts == null || source == null) {
			throw new InvalidInputException("attendance", "outreach.error.required");
		}
		this.attendance = Attendance.of(counts.validate());
		this.attendanceSource = source;
	}

	private void requireStatus(ActivityStatus expected, String code) {
		if (this.status != expected) {
			throw new RuleViolationException("status", code);
		}
	}

	Long getId() {
		return this.id;
	}

	long getPartnerVillageId() {
		return this.partnerVillageId;
	}

	String getVillageCode() {
		return this.villageCode;
	}

	long getOfficeId() {
		return this.officeId;
	}

	ActivityType getType() {
		return this.type;
	}

	String getOtherType() {
		return this.otherType;
	}

	String getTitle() {
		return this.title;
	}

	String getPlace() {
		return this.place;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	ActivityStatus getStatus() {
		return this.status;
	}

	String getCancelReason() {
		return this.cancelReason;
	}

	String getNotes() {
		return this.notes;
	}

	boolean isShownPublicly() {
		return this.shownPublicly;
	}

	String getOtherInstitution() {
		return this.otherInstitution;
	}

	String getOtherTopic() {
		return this.otherTopic;
	}

	AttendanceSource getAttendanceSource() {
		return this.attendanceSource;
	}

	AttendanceCounts getAttendance() {
		return this.attendance.counts();
	}

	Set<OfficerLine> getOfficers() {
		return this.officers;
	}

	Set<Long> getInstitutions() {
		return this.institutions;
	}

	Set<Long> getTopics() {
		return this.topics;
	}

	List<MaterialLine> getMaterials() {
		return this.materials;
	}

	/**
	 * What is entered for an activity, checked by the service.
	 */
	record Details(ActivityType type, String otherType, String title, String place, Instant startsAt, String notes,
			boolean shownPublicly, List<OfficerLine> officers, Set<Long> institutions, String otherInstitution,
			Set<Long> topics, String otherTopic, List<MaterialLine> materials) {
	}

	/** An officer taking part, with his name as it was. */
	@Embeddable
	static class OfficerLine {

		private long accountId;

		private String displayName;

		protected OfficerLine() {
		}

		OfficerLine(long accountId, String displayName) {
			this.accountId = accountId;
			this.displayName = displayName;
		}

		long getAccountId() {
			return this.accountId;
		}

		String getDisplayName() {
			return this.displayName;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof OfficerLine that && that.accountId == this.accountId;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(this.accountId);
		}

	}

	/** Material handed out. */
	@Embeddable
	static class MaterialLine {

		private String name;

		private int quantity;

		protected MaterialLine() {
		}

		MaterialLine(String name, int quantity) {
			this.name = name;
			this.quantity = quantity;
		}

		String getName() {
			return this.name;
		}

		int getQuantity() {
			return this.quantity;
		}

	}

}
