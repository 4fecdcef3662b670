package id.desabinaan.earlywarning.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.earlywarning.report.ReportConversation;
import id.desabinaan.earlywarning.report.ReportMessage;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * Triage of reports: state moves, assignment, questions to the reporter and referrals to
 * partner agencies. Every change checks that the user may handle the report
 * ({@link ReportAccess#mayHandle}: outside his reach the report is not revealed, 404;
 * within reach but not his to handle, 403), lets the report guard its state model, and
 * records who, when and why in the report's trail. A change made against an older version
 * of the report (another officer changed it meanwhile) is refused with a message.
 */
@Service
public class TriageService {

	/** Roles that may ever change a report in triage. */
	public static final Set<Role> HANDLING_ROLES = EnumSet.of(Role.PIMPASA, Role.INTEL_ANALYST, Role.OFFICE_HEAD);

	/**
	 * Roles a report may be assigned to (officers of the report's office): those who may
	 * then handle it. Office staff take reports down but do not handle them.
	 */
	public static final Set<Role> ASSIGNABLE_ROLES = EnumSet.of(Role.PIMPASA, Role.INTEL_ANALYST);

	/** Roles that assign reports to others. */
	public static final Set<Role> ASSIGNING_ROLES = EnumSet.of(Role.INTEL_ANALYST, Role.OFFICE_HEAD);

	/** Longest reason, outcome note or answer reason. */
	public static final int MAX_REASON = 1000;

	/** Longest referral summary or referral outcome. */
	public static final int MAX_SUMMARY = 2000;

	/** Longest partner unit name. */
	public static final int MAX_UNIT = 200;

	/** States reached with {@link #move}; REFERRED and CLOSED have their own steps. */
	public static final Set<ReportState> SIMPLE_MOVES = EnumSet.of(ReportState.UNDER_VERIFICATION, ReportState.VERIFIED,
			ReportState.ESCALATED);

	private final Reports reports;

	private final ReportAccess access;

	private final ReportTrail trail;

	private final ReportConversation conversation;

	private final ReportCalendar calendar;

	private final Referrals referrals;

	private final AccountDirectory accounts;

	private final Clock clock;

	TriageService(Reports reports, ReportAccess access, ReportTrail trail, ReportConversation conversation,
			ReportCalendar calendar, Referrals referrals, AccountDirectory accounts, Clock clock) {
		this.reports = reports;
		this.access = access;
		this.trail = trail;
		this.conversation = conversation;
		this.calendar = calendar;
		this.referrals = referrals;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The report, if the user may handle it.
	 * @throws NotFoundException outside the user's reach
	 * @throws AccessDeniedException if he may see it but not handle it, or his role never
	 * handles reports
	 */
	@Transactional(readOnly = true)
	public Report handleable(CurrentUser user, long reportId) {
		if (user == null || !HANDLING_ROLES.contains(user.role())) {
			throw new AccessDeniedException("Not a triage role");
		}
		Report report = this.access.readable(user, reportId);
		if (!this.access.mayHandle(user, report)) {
			throw new AccessDeniedException("May not handle report " + reportId);
		}
		return report;
	}

	/**
	 * Moves the report to UNDER_VERIFICATION, VERIFIED or ESCALATED.
	 * @param expectedVersion the version the user saw, or {@code null} to skip the check
	 */
	@Transactional
	public Report move(CurrentUser user, long reportId, ReportState target, String reason, Long expectedVersion) {
		Report report = handleable(user, reportId);
		checkVersion(report, expectedVersion);
		if (target == null) {
			throw new InvalidInputException("target", "ewtriage.target.required");
		}
		if (target == ReportState.REFERRED) {
			throw new InvalidInputException("target", "ewtriage.target.useReferral");
		}
		if (target == ReportState.CLOSED) {
			throw new InvalidInputException("target", "ewtriage.target.useClose");
		}
		String why = text("reason", reason, MAX_REASON, true);
		ReportState from = report.getState();
		Instant at = this.clock.instant();
		LocalDate on = this.calendar.today(report.getOfficeId());
		report.moveTo(target, null, null, on, at);
		report.touch(user.getUsername(), at);
		this.trail.append(report, "STATE", from, target, user.getUsername(), why, null, on, at);
		return this.reports.saveAndFlush(report);
	}

	/**
	 * Closes the report with a reason and the plain-language outcome the reporter sees.
	 */
	@Transactional
	public Report close(CurrentUser user, long reportId, ClosingReason reason, String outcomeNote,
			Long expectedVersion) {
		Report report = handleable(user, reportId);
		checkVersion(report, expectedVersion);
		if (reason == null) {
			throw new InvalidInputException("closingReason", "earlywarning.closingReason.required");
		}
		String note = text("outcomeNote", outcomeNote, MAX_REASON, true);
		ReportState from = report.getState();
		Instant at = this.clock.instant();
		LocalDate on = this.calendar.today(report.getOfficeId());
		report.moveTo(ReportState.CLOSED, reason, note, on, at);
		report.touch(user.getUsername(), at);
		this.trail.append(report, "STATE", from, ReportState.CLOSED, user.getUsername(), reason.name(), note, on, at);
		return this.reports.saveAndFlush(report);
	}

	/**
	 * Assigns the report to an officer of its office (PIMPASA, office staff or analyst).
	 * Heads and analysts assign anyone; a PIMPASA may take an unassigned report himself.
	 */
	@Transactional
	public Report assign(CurrentUser user, long reportId, Long assigneeId, Long expectedVersion) {
		Report report = handleable(user, reportId);
		checkVersion(report, expectedVersion);
		if (assigneeId == null) {
			throw new InvalidInputException("assignee", "ewtriage.assignee.required");
		}
		if (!report.getState().open()) {
			throw new RuleViolationException("assignee", "ewtriage.assignee.closed");
		}
		boolean taking = assigneeId == user.accountId();
		if (!ASSIGNING_ROLES.contains(user.role()) && !(taking && report.getAssignedTo() == null)) {
			throw new AccessDeniedException("Only heads and analysts assign; others take unassigned reports");
		}
		AccountSummary assignee = assignable(report).stream()
			.filter((account) -> account.id() == assigneeId)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("assignee", "ewtriage.assignee.notOfOffice"));
		if (Objects.equals(report.getAssignedTo(), assigneeId)) {
			throw new RuleViolationException("assignee", "ewtriage.assignee.same");
		}
		Instant at = this.clock.instant();
		LocalDate on = this.calendar.today(report.getOfficeId());
		report.assignTo(assignee.id());
		report.touch(user.getUsername(), at);
		this.trail.append(report, "ASSIGNED", null, null, user.getUsername(), null, assignee.username(), on, at);
		return this.reports.saveAndFlush(report);
	}

	/** The officers a report may be assigned to: of its office, by display name. */
	@Transactional(readOnly = true)
	public List<AccountSummary> assignable(Report report) {
		return this.accounts.staffOf(report.getOfficeId(), ASSIGNABLE_ROLES);
	}

	/** Sends the reporter a question or note; he reads it with his receipt code. */
	@Transactional
	public ReportMessage message(CurrentUser user, long reportId, String body) {
		Report report = handleable(user, reportId);
		ReportMessage message = this.conversation.fromOfficer(report, user, body);
		report.touch(user.getUsername(), this.clock.instant());
		this.reports.saveAndFlush(report);
		return message;
	}

	/**
	 * Refers the report to a partner agency. A verified or escalated report moves to
	 * REFERRED; a referred report may be referred to further partners.
	 */
	@Transactional
	public Referral refer(CurrentUser user, long reportId, PartnerKind partner, String unit, String summary,
			Long expectedVersion) {
		Report report = handleable(user, reportId);
		checkVersion(report, expectedVersion);
		if (partner == null) {
			throw new InvalidInputException("partnerKind", "ewtriage.partnerKind.required");
		}
		String unitName = text("partnerUnit", unit, MAX_UNIT, true);
		String sent = text("summary", summary, MAX_SUMMARY, true);
		ReportState from = report.getState();
		if (from != ReportState.REFERRED && !from.mayMoveTo(ReportState.REFERRED)) {
			throw new RuleViolationException("partnerKind", "ewtriage.referral.notNow", from);
		}
		Instant at = this.clock.instant();
		LocalDate on = this.calendar.today(report.getOfficeId());
		if (from != ReportState.REFERRED) {
			report.moveTo(ReportState.REFERRED, null, null, on, at);
		}
		report.touch(user.getUsername(), at);
		Referral referral = this.referrals
			.save(new Referral(report.getId(), partner, unitName, sent, on, at, user.getUsername()));
		boolean moved = from != ReportState.REFERRED;
		this.trail.append(report, "REFERRED", moved ? from : null, moved ? ReportState.REFERRED : null,
				user.getUsername(), sent, partner.name() + ": " + unitName, on, at);
		this.reports.saveAndFlush(report);
		return referral;
	}

	/**
	 * Records the partner's answer to a referral: accepted, or declined with a reason.
	 */
	@Transactional
	public Referral answer(CurrentUser user, long reportId, long referralId, PartnerAnswer answer, String reason) {
		Report report = handleable(user, reportId);
		Referral referral = referral(report, referralId);
		if (answer == null) {
			throw new InvalidInputException("answer", "ewtriage.answer.required");
		}
		String why = text("answerReason", reason, MAX_REASON, answer == PartnerAnswer.DECLINED);
		Instant at = this.clock.instant();
		LocalDate on = this.calendar.today(report.getOfficeId());
		referral.answer(answer, why, on, user.getUsername());
		report.touch(user.getUsername(), at);
		this.trail.append(report, "REFERRAL_ANSWER", null, null, user.getUsername(), why,
				referral.getPartnerKind().name() + ": " + answer.name(), on, at);
		this.reports.saveAndFlush(report);
		return this.referrals.saveAndFlush(referral);
	}

	/** Records what came of an accepted referral. */
	@Transactional
	public Referral outcome(CurrentUser user, long reportId, long referralId, String outcome) {
		Report report = handleable(user, reportId);
		Referral referral = referral(report, referralId);
		String text = text("outcome", outcome, MAX_SUMMARY, true);
		Instant at = this.clock.instant();
		LocalDate on = this.calendar.today(report.getOfficeId());
		referral.outcome(text, on, user.getUsername());
		report.touch(user.getUsername(), at);
		this.trail.append(report, "REFERRAL_OUTCOME", null, null, user.getUsername(), text,
				referral.getPartnerKind().name(), on, at);
		this.reports.saveAndFlush(report);
		return this.referrals.saveAndFlush(referral);
	}

	@Transactional(readOnly = true)
	public List<Referral> referralsOf(long reportId) {
		return this.referrals.findByReportIdOrderByIdAsc(reportId);
	}

	private Referral referral(Report report, long referralId) {
		return this.referrals.findByIdAndReportId(referralId, report.getId())
			.orElseThrow(() -> new NotFoundException("ewtriage.referral.notFound", referralId));
	}

	private static void checkVersion(Report report, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != report.getVersion()) {
			throw new RuleViolationException("version", "ewtriage.conflict");
		}
	}

	private static String text(String field, String value, int max, boolean required) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			if (required) {
				throw new InvalidInputException(field, "ewtriage." + field + ".required");
			}
			return null;
		}
		if (text.length() > max) {
			throw new InvalidInputException(field, "ewtriage.tooLong", max);
		}
		return text;
	}

}
