package id.desabinaan.earlywarning.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.earlywarning.report.ServiceClock;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Service clocks at work: which open reports stayed in their state past the working days
 * {@link ServiceClock} allows, and their escalation to the head of the office. An
 * escalation is recorded once per report and stay in a state (table and trail entry
 * {@code OVERDUE_ESCALATED}), so running it again, or on two nodes, changes nothing.
 */
@Service
public class OverdueReports {

	/** The trail's actor for what the scheduled escalation does. */
	public static final String SYSTEM = "system";

	/** Roles that see the overdue list (each within the reports he may read). */
	public static final Set<Role> LIST_ROLES = EnumSet.of(Role.PIMPASA, Role.OFFICE_STAFF, Role.INTEL_ANALYST,
			Role.OFFICE_HEAD);

	private static final Logger log = LoggerFactory.getLogger(OverdueReports.class);

	private static final Set<ReportState> CLOCKED = EnumSet.of(ReportState.RECEIVED, ReportState.UNDER_VERIFICATION,
			ReportState.VERIFIED, ReportState.ESCALATED);

	private final Reports reports;

	private final ReportAccess access;

	private final ServiceClock serviceClock;

	private final ReportCalendar calendar;

	private final ReportTrail trail;

	private final Escalations escalations;

	private final TransactionTemplate transactions;

	OverdueReports(Reports reports, ReportAccess access, ServiceClock serviceClock, ReportCalendar calendar,
			ReportTrail trail, Escalations escalations, PlatformTransactionManager transactionManager) {
		this.reports = reports;
		this.access = access;
		this.serviceClock = serviceClock;
		this.calendar = calendar;
		this.trail = trail;
		this.escalations = escalations;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The overdue reports the user may read, most overdue first. */
	@Transactional(readOnly = true)
	public List<Overdue> of(CurrentUser user) {
		if (user == null || !LIST_ROLES.contains(user.role())) {
			throw new AccessDeniedException("No overdue list for this role");
		}
		List<Report> open = this.reports.findAll(this.access.readable(user).and(clocked()));
		List<Overdue> overdue = new ArrayList<>();
		for (Report report : open) {
			LocalDate today = this.calendar.today(report.getOfficeId());
			int days = this.serviceClock.overdueDays(report, today);
			if (days > 0) {
				overdue.add(new Overdue(report, this.serviceClock.dueOn(report).orElse(null), days, null));
			}
		}
		Map<Long, List<Escalation>> escalated = overdue.isEmpty() ? Map.of()
				: this.escalations.findByReportIdIn(overdue.stream().map((o) -> o.report().getId()).toList())
					.stream()
					.collect(Collectors.groupingBy(Escalation::getReportId));
		return overdue.stream()
			.map((o) -> new Overdue(o.report(), o.dueOn(), o.overdueDays(),
					current(escalated.getOrDefault(o.report().getId(), List.of()), o.report())
						.map(Escalation::getEscalatedOn)
						.orElse(null)))
			.sorted(Comparator.comparingInt(Overdue::overdueDays).reversed().thenComparing((o) -> o.report().getId()))
			.toList();
	}

	/** The escalation of the report's current stay in its state, if any. */
	@Transactional(readOnly = true)
	public Optional<Escalation> escalationOf(Report report) {
		return this.escalations.findByReportIdAndStateAndStateEnteredOn(report.getId(), report.getState(),
				report.getStateEnteredOn());
	}

	/** The working days the report is past its clock today (0 if not). */
	public int overdueDays(Report report) {
		return this.serviceClock.overdueDays(report, this.calendar.today(report.getOfficeId()));
	}

	/** The last day the report may stay in its state, if the state has a clock. */
	public Optional<LocalDate> dueOn(Report report) {
		return this.serviceClock.dueOn(report);
	}

	/**
	 * Escalates every open report that is overdue at the moment {@code now} (each
	 * office's date) and was not yet escalated for its stay in its state. Each report in
	 * a transaction of its own.
	 * @return how many reports were escalated
	 */
	public int escalateOverdue(Instant now) {
		List<Long> candidates = this.transactions
			.execute((status) -> this.reports.findAll(clocked()).stream().map(Report::getId).toList());
		int count = 0;
		for (Long id : candidates) {
			try {
				Boolean done = this.transactions.execute((status) -> escalate(id, now));
				if (Boolean.TRUE.equals(done)) {
					count++;
				}
			}
			catch (RuntimeException ex) {
				// another node escalated the same stay meanwhile, or the report moved on
				log.warn("Report {} not escalated: {}", id, ex.getMessage());
			}
		}
		if (count > 0) {
			log.info("Escalated {} overdue report(s) to their office heads", count);
		}
		return count;
	}

	private boolean escalate(long reportId, Instant now) {
		Report report = this.reports.findById(reportId).orElse(null);
		if (report == null || !CLOCKED.contains(report.getState())) {
			return false;
		}
		LocalDate today = LocalDate.ofInstant(now, this.calendar.zone(report.getOfficeId()));
		int days = this.serviceClock.overdueDays(report, today);
		if (days <= 0 || this.escalations.existsByReportIdAndStateAndStateEnteredOn(reportId, report.getState(),
				report.getStateEnteredOn())) {
			return false;
		}
		this.escalations.saveAndFlush(new Escalation(reportId, report.getOfficeId(), report.getState(),
				report.getStateEnteredOn(), days, today, now));
		this.trail.append(report, "OVERDUE_ESCALATED", null, null, SYSTEM, report.getState().name(),
				Integer.toString(days), today, now);
		return true;
	}

	private static Optional<Escalation> current(List<Escalation> escalations, Report report) {
		return escalations.stream()
			.filter((e) -> e.getState() == report.getState()
					&& e.getStateEnteredOn().equals(report.getStateEnteredOn()))
			.findFirst();
	}

	private static Specification<Report> clocked() {
		return (root, query, cb) -> root.get("state").in(CLOCKED);
	}

}
