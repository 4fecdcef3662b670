package id.desabinaan.outreach.participant;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityStatus;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.AttendanceSource;
import id.desabinaan.outreach.participant.ParticipantFile.FileCheck;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;

/**
 * Participant lists of activities. The scope is the activity's: whoever may record the
 * activity ({@link ActivityService#permissions} {@code edit}) may read its list, import
 * into it and remove from it; read-only roles see only the counts on the activity.
 * Reading a list is access to personal data and goes to the audit log.
 *
 * <p>
 * An upload without problems is imported at once. An upload with bad rows imports nothing
 * and is kept for its uploader, who fixes the file and uploads again, or imports the good
 * rows only. Importing never duplicates a participant: a row that names someone already
 * on the list updates that participant. After every change the activity's attendance
 * counts are computed from the list ({@link ActivityService#replaceAttendance} with
 * {@link AttendanceSource#PARTICIPANT_LIST}).
 */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

	static final String AUDIT_VIEWED = "PARTICIPANTS_VIEWED";

	static final String AUDIT_IMPORTED = "PARTICIPANTS_IMPORTED";

	static final String AUDIT_REMOVED = "PARTICIPANT_REMOVED";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Participants participants;

	private final ParticipantUploads uploads;

	private final ActivityService activities;

	private final NikHasher nikHasher;

	private final ParticipantProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	ParticipantService(Participants participants, ParticipantUploads uploads, ActivityService activities,
			NikHasher nikHasher, ParticipantProperties properties, AuditLog audit, Clock clock) {
		this.participants = participants;
		this.uploads = uploads;
		this.activities = activities;
		this.nikHasher = nikHasher;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the user may read and change this activity's participant list. */
	public boolean mayManage(CurrentUser user, long activityId) {
		return this.activities.permissions(user, activityId).edit();
	}

	/**
	 * The activity and its participants, for someone who may record the activity; the
	 * reading is written to the audit log (who, when, which activity).
	 */
	public ParticipantList list(CurrentUser user, long activityId) {
		ActivityView activity = manageable(user, activityId);
		List<ParticipantView> list = this.participants.findByActivityIdOrderByNameAscIdAsc(activityId)
			.stream()
			.map((participant) -> ParticipantView.of(participant, activity.date().getYear()))
			.toList();
		this.audit.record(user.getUsername(), AUDIT_VIEWED, target(activityId), Outcome.SUCCESS, activity.officeId(),
				"participants=" + list.size());
		return new ParticipantList(activity, list);
	}

	/** The activity, for the pages around the list (nothing personal, not audited). */
	public ActivityView activity(CurrentUser user, long activityId) {
		return manageable(user, activityId);
	}

	/**
	 * Checks an uploaded file: imports it when every row is good, otherwise keeps it for
	 * the uploader and imports nothing.
	 * @param replaces the token of an earlier upload this one replaces (deleted), or
	 * {@code null}
	 * @throws InvalidInputException on field {@code file} when the file as a whole cannot
	 * be used (too large, unreadable, missing columns, too many rows)
	 * @throws RuleViolationException when the activity is not held yet
	 */
	@Transactional
	public UploadOutcome upload(CurrentUser user, long activityId, String fileName, byte[] content, String replaces) {
		ActivityView activity = importable(user, activityId);
		this.uploads.deleteCreatedBefore(this.clock.instant().minus(this.properties.uploadLifetime()));
		if (replaces != null) {
			this.uploads.findByTokenAndActivityId(replaces, activityId)
				.filter((upload) -> upload.getAccountId() == user.accountId())
				.ifPresent(this.uploads::delete);
		}
		FileCheck check = check(content, activity);
		if (!check.hasProblems()) {
			return UploadOutcome.imported(importRows(user, activity, check.valid()));
		}
		String token = HexFormat.of().formatHex(randomBytes());
		this.uploads
			.saveAndFlush(new ParticipantUpload(token, activityId, user.accountId(), fileName(fileName), content));
		return UploadOutcome.needsDecision(token);
	}

	/**
	 * An upload with bad rows, checked again: what is wrong and how many rows are good.
	 */
	public UploadReview review(CurrentUser user, long activityId, String token) {
		ActivityView activity = manageable(user, activityId);
		ParticipantUpload upload = upload(user, activityId, token);
		FileCheck check = check(upload.getContent(), activity);
		return new UploadReview(activity, token, upload.getFileName(), check.rows(), check.valid().size(),
				check.badRows(), check.problems());
	}

	/** Imports the good rows of a kept upload and forgets the file. */
	@Transactional
	public ImportResult importGoodRows(CurrentUser user, long activityId, String token) {
		ActivityView activity = importable(user, activityId);
		ParticipantUpload upload = upload(user, activityId, token);
		FileCheck check = check(upload.getContent(), activity);
		if (check.valid().isEmpty()) {
			throw new RuleViolationException("file", "participant.error.noGoodRows");
		}
		ImportResult result = importRows(user, activity, check.valid());
		this.uploads.delete(upload);
		return new ImportResult(result.added(), result.updated(), check.badRows(), result.total());
	}

	/** Forgets a kept upload without importing anything. */
	@Transactional
	public void discard(CurrentUser user, long activityId, String token) {
		manageable(user, activityId);
		this.uploads.delete(upload(user, activityId, token));
	}

	/** Removes one participant (entered by mistake) and counts the attendance again. */
	@Transactional
	public void remove(CurrentUser user, long activityId, long participantId) {
		ActivityView activity = importable(user, activityId);
		Participant participant = this.participants.findByIdAndActivityId(participantId, activityId)
			.orElseThrow(() -> new NotFoundException("participant.notFound", participantId));
		this.participants.delete(participant);
		this.participants.flush();
		recount(user, activity);
		this.audit.record(user.getUsername(), AUDIT_REMOVED, target(activityId), Outcome.SUCCESS, activity.officeId(),
				null);
	}

	/** The most rows and bytes a file may have, for the page's hint. */
	public ParticipantProperties limits() {
		return this.properties;
	}

	private ImportResult importRows(CurrentUser user, ActivityView activity, List<ParticipantRow> rows) {
		List<Participant> list = new ArrayList<>(this.participants.findByActivityIdOrderByNameAscIdAsc(activity.id()));
		int added = 0;
		int updated = 0;
		for (ParticipantRow row : rows) {
			String nikHash = this.nikHasher.hash(row.nik());
			String personKey = row.personKey();
			Participant same = list.stream()
				.filter((participant) -> participant.isSamePerson(nikHash, personKey))
				.findFirst()
				.orElse(null);
			if (same != null) {
				same.update(row, nikHash);
				updated++;
			}
			else {
				list.add(new Participant(activity.id(), row, nikHash));
				added++;
			}
		}
		this.participants.saveAllAndFlush(list);
		recount(user, activity);
		this.audit.record(user.getUsername(), AUDIT_IMPORTED, target(activity.id()), Outcome.SUCCESS,
				activity.officeId(), "added=" + added + " updated=" + updated);
		return new ImportResult(added, updated, 0, list.size());
	}

	private void recount(CurrentUser user, ActivityView activity) {
		this.activities.replaceAttendance(user, activity.id(), ParticipantCounts
			.of(this.participants.findByActivityIdOrderByNameAscIdAsc(activity.id()), activity.date().getYear()),
				AttendanceSource.PARTICIPANT_LIST);
	}

	private FileCheck check(byte[] content, ActivityView activity) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "participant.file.none");
		}
		if (content.length > this.properties.maxFileSize().toBytes()) {
			throw new InvalidInputException("file", "participant.file.tooLarge",
					this.properties.maxFileSize().toKilobytes());
		}
		try {
			return ParticipantFile.check(content, this.properties.maxRows(), activity.date().getYear());
		}
		catch (ImportFileException ex) {
			throw new InvalidInputException("file", ex.getMessageCode(), ex.getArguments());
		}
	}

	private ActivityView manageable(CurrentUser user, long activityId) {
		ActivityView activity = this.activities.find(user, activityId);
		if (!this.activities.permissions(user, activityId).edit()) {
			throw new AccessDeniedException("Only who may record the activity reads and changes its participants");
		}
		return activity;
	}

	private ActivityView importable(CurrentUser user, long activityId) {
		ActivityView activity = manageable(user, activityId);
		if (activity.status() != ActivityStatus.HELD) {
			throw new RuleViolationException("file", "participant.error.notHeld");
		}
		return activity;
	}

	private ParticipantUpload upload(CurrentUser user, long activityId, String token) {
		return this.uploads.findByTokenAndActivityId(token, activityId)
			.filter((upload) -> upload.getAccountId() == user.accountId())
			.orElseThrow(() -> new NotFoundException("participant.upload.notFound"));
	}

	private static String fileName(String name) {
		if (name == null) {
			return null;
		}
		String base = name.replaceAll(".*[/\\\\]", "").strip();
		return (base.length() > 200) ? base.substring(0, 200) : base;
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String target(long activityId) {
		return "activity:" + activityId;
	}

	/**
	 * An activity's participant list.
	 *
	 * @param activity the activity
	 * @param participants its participants by name
	 */
	public record ParticipantList(ActivityView activity, List<ParticipantView> participants) {
	}

	/**
	 * A participant as the list shows him: no NIK, only whether one is known.
	 *
	 * @param id identifier
	 * @param name name
	 * @param sex sex
	 * @param birthYear year of birth
	 * @param age age in the activity's year
	 * @param targetGroup target group
	 * @param phone phone in +62 form, or {@code null}
	 * @param nikKnown whether a NIK was given (kept only as a keyed hash)
	 */
	public record ParticipantView(long id, String name, Sex sex, int birthYear, int age, TargetGroup targetGroup,
			String phone, boolean nikKnown) {

		static ParticipantView of(Participant participant, int activityYear) {
			return new ParticipantView(participant.getId(), participant.getName(), participant.getSex(),
					participant.getBirthYear(), activityYear - participant.getBirthYear(), participant.getTargetGroup(),
					participant.getPhone(), participant.hasNik());
		}

	}

	/**
	 * What an upload led to: imported, or kept for a decision.
	 *
	 * @param result the import, or {@code null} when the file had bad rows
	 * @param token the kept upload, or {@code null} when it was imported
	 */
	public record UploadOutcome(ImportResult result, String token) {

		static UploadOutcome imported(ImportResult result) {
			return new UploadOutcome(result, null);
		}

		static UploadOutcome needsDecision(String token) {
			return new UploadOutcome(null, token);
		}

		public boolean wasImported() {
			return this.result != null;
		}

	}

	/**
	 * What an import did.
	 *
	 * @param added participants new to the list
	 * @param updated rows that named someone already on it
	 * @param skipped bad rows left out
	 * @param total participants on the list now
	 */
	public record ImportResult(int added, int updated, long skipped, int total) {
	}

	/**
	 * A kept upload with bad rows.
	 *
	 * @param activity the activity
	 * @param token the upload's token
	 * @param fileName the file's name as uploaded
	 * @param rows data rows in the file
	 * @param goodRows rows without problems
	 * @param badRows rows with at least one problem
	 * @param problems every problem, by row
	 */
	public record UploadReview(ActivityView activity, String token, String fileName, int rows, int goodRows,
			long badRows, List<RowProblem> problems) {
	}

}
