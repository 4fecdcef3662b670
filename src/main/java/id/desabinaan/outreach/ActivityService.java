package id.desabinaan.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.outreach.Activity.Details;
import id.desabinaan.outreach.Activity.MaterialLine;
import id.desabinaan.outreach.Activity.OfficerLine;
import id.desabinaan.platform.FileStore;
import id.desabinaan.platform.ImageRejectedException;
import id.desabinaan.platform.ImageSanitizer;
import id.desabinaan.platform.SanitizedImage;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.Mentoring;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Outreach activities: planning, changing, marking held or cancelled, attendance counts
 * and photos. Every call takes the {@link CurrentUser} and checks role and scope (see
 * {@link ActivityAccess}): reading outside the scope and changes by read-only roles are
 * refused with {@link AccessDeniedException} (403); an unknown activity is a
 * {@link NotFoundException} (404); bad input an {@link InvalidInputException} naming the
 * field; a change the status does not allow a {@link RuleViolationException}.
 *
 * <p>
 * For the participant-list import: {@link #find}, {@link #permissions} and
 * {@link #replaceAttendance} with {@link AttendanceSource#PARTICIPANT_LIST}.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

	/** The most photos one activity keeps. */
	public static final int MAX_PHOTOS = 20;

	/** Roles of office staff who may be named as officers of an activity. */
	private static final Set<Role> OFFICE_ROLES = Set.of(Role.OFFICE_HEAD, Role.PIMPASA, Role.OFFICE_STAFF,
			Role.INTEL_ANALYST);

	/** The most activities one list shows; narrower filters show the rest. */
	public static final int LIST_LIMIT = 500;

	private final Activities activities;

	private final ActivityPhotos photos;

	private final ReferenceEntries references;

	private final ActivityAccess access;

	private final PartnerVillageDirectory villages;

	private final OfficeDirectory offices;

	private final ImageSanitizer images;

	private final FileStore files;

	private final Mentoring mentoring;

	private final AccountDirectory accounts;

	private final Clock clock;

	ActivityService(Activities activities, ActivityPhotos photos, ReferenceEntries references, ActivityAccess access,
			PartnerVillageDirectory villages, OfficeDirectory offices, ImageSanitizer images, FileStore files,
			Mentoring mentoring, AccountDirectory accounts, Clock clock) {
		this.activities = activities;
		this.photos = photos;
		this.references = references;
		this.access = access;
		this.villages = villages;
		this.offices = offices;
		this.images = images;
		this.files = files;
		this.mentoring = mentoring;
		this.accounts = accounts;
		this.clock = clock;
	}

	// ---- reads ----

	/**
	 * One activity, if the user may read it.
	 * @throws NotFoundException if there is no such activity
	 * @throws AccessDeniedException if it lies outside the user's scope
	 */
	public ActivityView find(CurrentUser user, long id) {
		Activity activity = readable(user, id);
		return views().of(activity);
	}

	/** What the user may do with this activity now (pages show only what is allowed). */
	public Permissions permissions(CurrentUser user, long id) {
		Activity activity = readable(user, id);
		boolean write = mayWrite(user, activity);
		ActivityStatus status = activity.getStatus();
		boolean started = !activity.getStartsAt().isAfter(this.clock.instant());
		return new Permissions(write, write && status == ActivityStatus.HELD, write,
				write && status == ActivityStatus.PLANNED && started, write && status == ActivityStatus.PLANNED);
	}

	/**
	 * Activities the user may read that match the filter, latest first, at most
	 * {@link #LIST_LIMIT} (plus one, so that callers can tell there are more).
	 */
	public List<ActivityView> list(CurrentUser user, ActivityFilter filter) {
		requireSignedIn(user);
		return views(matching(user, filter, Sort.by(Sort.Direction.DESC, "startsAt", "id"), LIST_LIMIT + 1), filter);
	}

	/**
	 * Activities the user may read in a period, in time order, without a limit (exports).
	 */
	public List<ActivityView> period(CurrentUser user, ActivityFilter filter) {
		requireSignedIn(user);
		if (filter.from() == null || filter.to() == null) {
			throw new InvalidInputException("from", "outreach.error.period.required");
		}
		if (filter.to().isBefore(filter.from())) {
			throw new InvalidInputException("to", "outreach.error.period.order");
		}
		return views(matching(user, filter, Sort.by("startsAt", "id"), Integer.MAX_VALUE), filter);
	}

	/**
	 * Whether the user's role records activities at all (everyone but viewers); where is
	 * {@link #villagesToRecord}.
	 */
	public boolean mayRecord(CurrentUser user) {
		return this.access.mayRecordSomewhere(user);
	}

	/** Partner villages the user may record activities in, by code. */
	public List<PartnerVillageSummary> villagesToRecord(CurrentUser user) {
		return this.access.villagesToRecord(user);
	}

	/** Partner villages whose activities the user may read, by code. */
	public List<PartnerVillageSummary> villagesToRead(CurrentUser user) {
		return this.access.villagesToRead(user);
	}

	/**
	 * Officers who may be named on an activity of this village: the PIMPASA appointed to
	 * it today, the staff of its serving office, and whoever is already named.
	 */
	public List<ActivityView.Officer> officerChoices(CurrentUser user, long villageId, Long activityId) {
		requireSignedIn(user);
		PartnerVillageSummary village = village(villageId);
		Map<Long, String> choices = new LinkedHashMap<>();
		this.mentoring.officersOf(village.id(), this.access.today(user))
			.forEach((officer) -> choices.put(officer.accountId(), officer.displayName()));
		this.accounts.staffOf(village.officeId(), OFFICE_ROLES)
			.forEach((account) -> choices.putIfAbsent(account.id(), account.displayName()));
		if (activityId != null) {
			readable(user, activityId).getOfficers()
				.forEach((line) -> choices.putIfAbsent(line.getAccountId(), line.getDisplayName()));
		}
		return choices.entrySet()
			.stream()
			.map((entry) -> new ActivityView.Officer(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(ActivityView.Officer::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The entries of a reference list that can be chosen, in order. */
	public List<ReferenceItem> choices(ReferenceKind kind) {
		return this.references.findByKindOrderByPositionAscIdAsc(kind)
			.stream()
			.filter(ReferenceEntry::isActive)
			.map(ReferenceEntry::item)
			.toList();
	}

	/** The largest photo accepted, in whole megabytes (for the form's hint). */
	public long maxPhotoMegabytes() {
		return this.images.maxBytes() / (1024 * 1024);
	}

	/** A photo or its thumbnail, if the user may read the activity. */
	public PhotoContent photo(CurrentUser user, long activityId, long photoId, boolean thumbnail) {
		readable(user, activityId);
		ActivityPhoto photo = this.photos.findByIdAndActivityId(photoId, activityId)
			.orElseThrow(() -> new NotFoundException("outreach.photo.notFound", photoId));
		String key = thumbnail ? photo.getThumbnailKey() : photo.getFileKey();
		byte[] content = this.files.read(key)
			.orElseThrow(() -> new NotFoundException("outreach.photo.notFound", photoId));
		return new PhotoContent(content, thumbnail ? "image/jpeg" : photo.getContentType());
	}

	// ---- changes ----

	/** Plans a new activity. */
	@Transactional
	public long plan(CurrentUser user, ActivityDraft draft) {
		requireSignedIn(user);
		PartnerVillageSummary village = recordableVillage(user, draft.villageId());
		Details details = details(user, draft, village, null);
		Activity activity = Activity.plan(village.id(), village.code().value(), village.officeId(), details);
		return this.activities.saveAndFlush(activity).getId();
	}

	/**
	 * Records a new activity in one step, as an officer does on his phone after the
	 * event: plans it, marks it held when {@code held} (its start must have passed),
	 * records the attendance counts if given and adds the photo if one was uploaded. All
	 * or nothing: a refused photo or inconsistent counts save nothing.
	 * @param counts attendance counts, or {@code null} to record them later
	 * @param photo an uploaded photo, or {@code null} (or empty) for none
	 * @return the new activity's id
	 */
	@Transactional
	public long create(CurrentUser user, ActivityDraft draft, boolean held, AttendanceCounts counts,
			PhotoUpload photo) {
		long id = plan(user, draft);
		if (held) {
			markHeld(user, id);
			if (counts != null) {
				recordAttendance(user, id, counts);
			}
		}
		else if (counts != null) {
			throw new InvalidInputException("held", "outreach.error.attendance.notHeld");
		}
		if (photo != null && !photo.isEmpty()) {
			addPhoto(user, id, photo);
		}
		return id;
	}

	/** Changes what was entered for an activity (any status). */
	@Transactional
	public void change(CurrentUser user, long id, ActivityDraft draft) {
		Activity activity = writable(user, id);
		PartnerVillageSummary village = village(activity.getPartnerVillageId());
		if (draft.villageId() != activity.getPartnerVillageId()) {
			throw new InvalidInputException("villageId", "outreach.error.village.fixed");
		}
		activity.change(details(user, draft, village, activity));
		this.activities.saveAndFlush(activity);
	}

	/** Marks a planned activity whose start has passed as held. */
	@Transactional
	public void markHeld(CurrentUser user, long id) {
		Activity activity = writable(user, id);
		activity.markHeld(this.clock.instant());
		this.activities.saveAndFlush(activity);
	}

	/** Cancels a planned activity, with a reason. */
	@Transactional
	public void cancel(CurrentUser user, long id, String reason) {
		Activity activity = writable(user, id);
		activity.cancel(reason);
		this.activities.saveAndFlush(activity);
	}

	/** Records counted attendance of a held activity (replacing earlier counts). */
	@Transactional
	public void recordAttendance(CurrentUser user, long id, AttendanceCounts counts) {
		replaceAttendance(user, id, counts, AttendanceSource.COUNTS);
	}

	/**
	 * Replaces the attendance counts of a held activity, e.g. with the counts computed
	 * from an imported participant list ({@link AttendanceSource#PARTICIPANT_LIST}). Same
	 * rules as counting by hand: the user must be allowed to record in the activity's
	 * village, the activity must be held, and the counts must be consistent
	 * ({@link AttendanceCounts#validate()}).
	 */
	@Transactional
	public void replaceAttendance(CurrentUser user, long id, AttendanceCounts counts, AttendanceSource source) {
		Activity activity = writable(user, id);
		activity.recordAttendance(counts, source);
		this.activities.saveAndFlush(activity);
	}

	/**
	 * Adds a photo: JPEG or PNG by content, within the size limit, decoded and encoded
	 * again without metadata.
	 * @return the photo's id
	 * @throws InvalidInputException on field {@code photo} when the upload is refused
	 */
	@Transactional
	public long addPhoto(CurrentUser user, long id, PhotoUpload upload) {
		Activity activity = writable(user, id);
		if (this.photos.countByActivityId(activity.getId()) >= MAX_PHOTOS) {
			throw new RuleViolationException("photo", "outreach.photo.error.tooMany", MAX_PHOTOS);
		}
		SanitizedImage image;
		SanitizedImage thumbnail;
		try {
			image = this.images.sanitize((upload != null) ? upload.content() : null,
					(upload != null) ? upload.fileName() : null);
			thumbnail = this.images.thumbnail(image);
		}
		catch (ImageRejectedException ex) {
			throw new InvalidInputException("photo", "outreach.photo.error." + ex.reason().name(), maxPhotoMegabytes());
		}
		String fileKey = this.files.store(image.content());
		String thumbnailKey = this.files.store(thumbnail.content());
		return this.photos.saveAndFlush(new ActivityPhoto(activity.getId(), image, fileKey, thumbnailKey)).getId();
	}

	// ---- rules and helpers ----

	private Details details(CurrentUser user, ActivityDraft draft, PartnerVillageSummary village, Activity existing) {
		if (draft.type() == null) {
			throw new InvalidInputException("type", "outreach.error.required");
		}
		String otherType = (draft.type() == ActivityType.OTHER) ? Texts.required("otherType", draft.otherType(), 200)
				: null;
		String title = Texts.required("title", draft.title(), 200);
		String place = Texts.required("place", draft.place(), 300);
		if (draft.startsAt() == null) {
			throw new InvalidInputException("startsAt", "outreach.error.required");
		}
		ZoneId zone = new OfficeZones(this.offices).zone(village.officeId());
		Instant startsAt = draft.startsAt().atZone(zone).toInstant();
		String notes = Texts.optional("notes", draft.notes(), 2000);
		List<OfficerLine> officers = officers(user, draft, village, existing);
		Set<Long> institutions = referenceIds(ReferenceKind.INSTITUTION, "institutions", draft.institutionIds(),
				(existing != null) ? existing.getInstitutions() : Set.of());
		String otherInstitution = needsText(institutions)
				? Texts.required("otherInstitution", draft.otherInstitution(), 200) : null;
		Set<Long> topics = referenceIds(ReferenceKind.TOPIC, "topics", draft.topicIds(),
				(existing != null) ? existing.getTopics() : Set.of());
		String otherTopic = needsText(topics) ? Texts.required("otherTopic", draft.otherTopic(), 200) : null;
		List<MaterialLine> materials = new ArrayList<>();
		for (Material material : draft.materials()) {
			if (material == null) {
				continue;
			}
			if (material.quantity() < 0 || material.quantity() > 1_000_000) {
				throw new InvalidInputException("materials", "outreach.error.material.quantity");
			}
			materials.add(new MaterialLine(Texts.required("materials", material.name(), 200), material.quantity()));
		}
		return new Details(draft.type(), otherType, title, place, startsAt, notes, draft.shownPublicly(), officers,
				institutions, otherInstitution, topics, otherTopic, materials);
	}

	private List<OfficerLine> officers(CurrentUser user, ActivityDraft draft, PartnerVillageSummary village,
			Activity existing) {
		Map<Long, String> choices = new HashMap<>();
		officerChoices(user, village.id(), (existing != null) ? existing.getId() : null)
			.forEach((officer) -> choices.put(officer.accountId(), officer.displayName()));
		List<OfficerLine> officers = new ArrayList<>();
		for (Long accountId : draft.officerIds()) {
			if (accountId == null || !choices.containsKey(accountId)) {
				throw new InvalidInputException("officerIds", "outreach.error.officer.unknown");
			}
			officers.add(new OfficerLine(accountId, choices.get(accountId)));
		}
		return officers;
	}

	/**
	 * Reference entries of the right list; retired entries only if the activity already
	 * had them.
	 */
	private Set<Long> referenceIds(ReferenceKind kind, String field, Set<Long> chosen, Set<Long> kept) {
		for (Long id : chosen) {
			ReferenceEntry entry = (id != null) ? this.references.findById(id).orElse(null) : null;
			if (entry == null || entry.getKind() != kind || (!entry.isActive() && !kept.contains(id))) {
				throw new InvalidInputException(field, "outreach.error.reference.unknown");
			}
		}
		return Set.copyOf(chosen);
	}

	private boolean needsText(Set<Long> ids) {
		return this.references.findAllById(ids).stream().anyMatch(ReferenceEntry::isNeedsText);
	}

	private List<Activity> matching(CurrentUser user, ActivityFilter filter, Sort sort, int limit) {
		Specification<Activity> spec = this.access.readable(user);
		if (filter.officeId() != null) {
			Set<Long> officeIds = this.offices.selfAndDescendants(filter.officeId());
			spec = spec.and((root, query, cb) -> root.get("officeId").in(officeIds));
		}
		if (filter.villageId() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("partnerVillageId"), filter.villageId()));
		}
		if (filter.type() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), filter.type()));
		}
		if (filter.status() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		// days are in each office's zone (UTC+7 to +9): ask a day more on both sides,
		// then
		// keep the exact days
		if (filter.from() != null) {
			Instant from = filter.from().minusDays(1).atStartOfDay(OfficeZones.DEFAULT_ZONE).toInstant();
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("startsAt"), from));
		}
		if (filter.to() != null) {
			Instant to = filter.to().plusDays(2).atStartOfDay(OfficeZones.DEFAULT_ZONE).toInstant();
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("startsAt"), to));
		}
		return this.activities.findAll(spec, PageRequest.of(0, limit, sort)).getContent();
	}

	private List<ActivityView> views(List<Activity> found, ActivityFilter filter) {
		return views().of(found).stream().filter((view) -> {
			LocalDate day = view.date();
			return (filter.from() == null || !day.isBefore(filter.from()))
					&& (filter.to() == null || !day.isAfter(filter.to()));
		}).toList();
	}

	/** A view maker for one request. */
	ActivityViews views() {
		return new ActivityViews(this.offices, this.villages, this.references, this.photos);
	}

	private PartnerVillageSummary recordableVillage(CurrentUser user, long villageId) {
		PartnerVillageSummary village = this.villages.find(villageId)
			.orElseThrow(() -> new InvalidInputException("villageId", "outreach.error.village.unknown"));
		if (!this.access.mayWrite(user, village.officeId(), village.id(), village.code().value())) {
			if (this.access.mayRecordSomewhere(user)) {
				throw new InvalidInputException("villageId", "outreach.error.village.notYours");
			}
			throw new AccessDeniedException("This role records no activities");
		}
		if (!ActivityAccess.open(village)) {
			throw new RuleViolationException("villageId", "outreach.error.village.notOpen");
		}
		return village;
	}

	private PartnerVillageSummary village(long villageId) {
		return this.villages.find(villageId)
			.orElseThrow(() -> new NotFoundException("outreach.error.village.unknown", villageId));
	}

	private Activity readable(CurrentUser user, long id) {
		requireSignedIn(user);
		Activity activity = this.activities.findById(id)
			.orElseThrow(() -> new NotFoundException("outreach.activity.notFound", id));
		if (!this.access.mayRead(user, activity.getOfficeId(), activity.getPartnerVillageId(),
				activity.getVillageCode())) {
			throw new AccessDeniedException("Activity outside the account's scope");
		}
		return activity;
	}

	private Activity writable(CurrentUser user, long id) {
		Activity activity = readable(user, id);
		if (!mayWrite(user, activity)) {
			throw new AccessDeniedException("This role may not change the activity");
		}
		return activity;
	}

	private boolean mayWrite(CurrentUser user, Activity activity) {
		return this.access.mayWrite(user, activity.getOfficeId(), activity.getPartnerVillageId(),
				activity.getVillageCode());
	}

	private static void requireSignedIn(CurrentUser user) {
		if (user == null) {
			throw new AccessDeniedException("Sign in first");
		}
	}

	/**
	 * What a user may do with one activity now.
	 *
	 * @param edit change what was entered
	 * @param attendance record attendance (held activities)
	 * @param photos add photos
	 * @param markHeld mark it held (planned, start passed)
	 * @param cancel cancel it (planned)
	 */
	public record Permissions(boolean edit, boolean attendance, boolean photos, boolean markHeld, boolean cancel) {

		/** Whether the user may change anything at all. */
		public boolean any() {
			return this.edit || this.attendance || this.photos || this.markHeld || this.cancel;
		}

	}

	/**
	 * The bytes of a photo.
	 *
	 * @param content the image
	 * @param contentType its MIME type
	 */
	public record PhotoContent(byte[] content, String contentType) {
	}

}
