package id.desabinaan.earlywarning.subject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * Proposed duplicates and the decision on them. The list shows a proposal to whoever may
 * read both reports among analysts, heads and PIMPASA. Merging and rejecting are office
 * decisions: the office's intelligence analysts and head decide (for reports of their
 * office); a PIMPASA sees the proposals of his villages and asks them.
 *
 * <p>
 * A merge keeps both histories: the merged report is closed as DUPLICATE and points to
 * the kept one ({@link Report#mergeInto(long)}); each report's trail gets an entry
 * ({@value #MERGED_INTO} on the merged, {@value #MERGED_FROM} on the kept) with who, when
 * and the note.
 */
@Service
public class DuplicateService {

	/** Trail kind on the report closed as a duplicate. */
	public static final String MERGED_INTO = "MERGED_INTO";

	/** Trail kind on the report kept. */
	public static final String MERGED_FROM = "MERGED_FROM";

	static final int NOTE_MAX = 1000;

	private final DuplicateProposals proposals;

	private final Reports reports;

	private final Subjects subjects;

	private final ReportAccess access;

	private final ReportTrail trail;

	private final ReportCalendar calendar;

	private final ReportLines lines;

	private final OfficeDirectory offices;

	private final Clock clock;

	DuplicateService(DuplicateProposals proposals, Reports reports, Subjects subjects, ReportAccess access,
			ReportTrail trail, ReportCalendar calendar, ReportLines lines, OfficeDirectory offices, Clock clock) {
		this.proposals = proposals;
		this.reports = reports;
		this.subjects = subjects;
		this.access = access;
		this.trail = trail;
		this.calendar = calendar;
		this.lines = lines;
		this.offices = offices;
		this.clock = clock;
	}

	/** Whether the user's role sees proposed duplicates. */
	public static boolean maySeeDuplicates(CurrentUser user) {
		return user != null && user.hasRole(Role.PIMPASA, Role.INTEL_ANALYST, Role.OFFICE_HEAD);
	}

	/** Whether the user's role decides on duplicates (within the office's reports). */
	public static boolean mayDecideDuplicates(CurrentUser user) {
		return user != null && user.hasRole(Role.INTEL_ANALYST, Role.OFFICE_HEAD);
	}

	/** The open proposals whose two reports the user may read, most alike first. */
	@Transactional(readOnly = true)
	public List<DuplicateLine> proposed(CurrentUser user) {
		if (!maySeeDuplicates(user)) {
			throw new AccessDeniedException("This role does not see duplicate proposals");
		}
		Long officeId = user.scope().officeId();
		if (officeId == null) {
			return List.of();
		}
		Set<Long> officeIds = this.offices.selfAndDescendants(officeId);
		return lines(user,
				this.proposals.findByStatusAndOfficeIdInOrderByScoreDescIdAsc(DuplicateStatus.PROPOSED, officeIds),
				this.lines.builder());
	}

	/** Open proposals involving one report that the user may read both of. */
	@Transactional(readOnly = true)
	List<DuplicateLine> openFor(CurrentUser user, long reportId, ReportLines.Builder builder) {
		if (!maySeeDuplicates(user)) {
			return List.of();
		}
		return lines(user,
				this.proposals.findByReportAOrReportBOrderByIdDesc(reportId, reportId)
					.stream()
					.filter((proposal) -> proposal.getStatus() == DuplicateStatus.PROPOSED)
					.toList(),
				builder);
	}

	/**
	 * Merges the pair: closes the other report as DUPLICATE pointing to the kept one;
	 * both trails get an entry.
	 * @param keep the report to keep (one of the pair); {@code null} keeps the earlier
	 * @param note why (optional, at most 1000 characters)
	 */
	@Transactional
	public void merge(CurrentUser user, long proposalId, Long keep, String note) {
		DuplicateProposal proposal = decidable(user, proposalId);
		String why = note(note);
		long keptId = (keep != null) ? keep : proposal.getReportA();
		if (!proposal.concerns(keptId)) {
			throw new InvalidInputException("keep", "ewsubject.merge.keep.invalid");
		}
		Report kept = this.reports.findById(keptId).orElseThrow();
		Report merged = this.reports.findById(proposal.other(keptId)).orElseThrow();
		if (merged.getState() == ReportState.CLOSED) {
			throw new RuleViolationException("keep", "ewsubject.merge.closed", String.valueOf(merged.getId()));
		}
		if (kept.getMergedInto() != null) {
			throw new RuleViolationException("keep", "ewsubject.merge.keptMerged", String.valueOf(kept.getId()));
		}
		LocalDate today = this.calendar.today(merged.getOfficeId());
		Instant now = this.clock.instant();
		ReportState from = merged.getState();
		merged.moveTo(ReportState.CLOSED, ClosingReason.DUPLICATE, null, today, now);
		merged.mergeInto(kept.getId());
		merged.touch(user.getUsername(), now);
		kept.touch(user.getUsername(), now);
		this.trail.append(merged, MERGED_INTO, from, ReportState.CLOSED, user.getUsername(), why,
				"keptReport=" + kept.getId(), today, now);
		this.trail.append(kept, MERGED_FROM, null, null, user.getUsername(), why, "mergedReport=" + merged.getId(),
				today, now);
		proposal.merged(kept.getId(), user.getUsername(), now, why);
	}

	/** Records that the pair is not a duplicate; it is not proposed again. */
	@Transactional
	public void reject(CurrentUser user, long proposalId, String note) {
		DuplicateProposal proposal = decidable(user, proposalId);
		proposal.rejected(user.getUsername(), this.clock.instant(), note(note));
	}

	private DuplicateProposal decidable(CurrentUser user, long proposalId) {
		if (!mayDecideDuplicates(user)) {
			throw new AccessDeniedException("Only the office's analysts and head decide on duplicates");
		}
		DuplicateProposal proposal = this.proposals.findById(proposalId)
			.orElseThrow(() -> new NotFoundException("ewsubject.duplicate.notFound", proposalId));
		List<Report> pair = this.reports.findAllById(List.of(proposal.getReportA(), proposal.getReportB()));
		if (pair.size() != 2 || !pair.stream().allMatch((report) -> this.access.mayHandle(user, report))) {
			throw new NotFoundException("ewsubject.duplicate.notFound", proposalId);
		}
		if (proposal.getStatus() != DuplicateStatus.PROPOSED) {
			throw new RuleViolationException("proposal", "ewsubject.duplicate.decided");
		}
		return proposal;
	}

	private static String note(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		String trimmed = note.trim();
		if (trimmed.length() > NOTE_MAX) {
			throw new InvalidInputException("note", "ewsubject.note.tooLong", NOTE_MAX);
		}
		return trimmed;
	}

	private List<DuplicateLine> lines(CurrentUser user, List<DuplicateProposal> open, ReportLines.Builder builder) {
		Set<Long> reportIds = new HashSet<>();
		Set<Long> subjectIds = new HashSet<>();
		for (DuplicateProposal proposal : open) {
			reportIds.add(proposal.getReportA());
			reportIds.add(proposal.getReportB());
			for (String reason : proposal.reasonList()) {
				if (reason.startsWith("SUBJECT:")) {
					subjectIds.add(Long.parseLong(reason.substring("SUBJECT:".length())));
				}
			}
		}
		if (reportIds.isEmpty()) {
			return List.of();
		}
		Specification<Report> listed = (root, query, cb) -> root.get("id").in(reportIds);
		Map<Long, Report> byId = this.reports.findAll(this.access.readable(user).and(listed))
			.stream()
			.collect(Collectors.toMap(Report::getId, Function.identity()));
		// only reports the user may read were loaded: a pair with one outside his reach
		// is left out
		Map<Long, Subject> named = this.subjects.findAllById(subjectIds)
			.stream()
			.collect(Collectors.toMap(Subject::getId, Function.identity()));
		boolean decider = mayDecideDuplicates(user);
		List<DuplicateLine> result = new ArrayList<>();
		for (DuplicateProposal proposal : open) {
			Report first = byId.get(proposal.getReportA());
			Report second = byId.get(proposal.getReportB());
			if (first == null || second == null || first.getMergedInto() != null || second.getMergedInto() != null) {
				continue;
			}
			List<DuplicateLine.Reason> reasons = new ArrayList<>();
			for (String reason : proposal.reasonList()) {
				if (reason.startsWith("SUBJECT:")) {
					Subject subject = named.get(Long.parseLong(reason.substring("SUBJECT:".length())));
					if (subject != null) {
						reasons.add(new DuplicateLine.Reason(subject.getId(), subject.getKind(),
								subject.getDisplayValue(), null));
					}
				}
				else if (reason.startsWith("DESCRIPTION:")) {
					reasons.add(new DuplicateLine.Reason(null, null, null,
							Integer.valueOf(reason.substring("DESCRIPTION:".length()))));
				}
			}
			boolean mayDecide = decider && this.access.mayHandle(user, first) && this.access.mayHandle(user, second);
			result.add(new DuplicateLine(proposal.getId(), builder.of(first), builder.of(second), proposal.getScore(),
					reasons, proposal.getStatus(), mayDecide));
		}
		return result;
	}

}
