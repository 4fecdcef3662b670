package id.desabinaan.earlywarning.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.village.Mentoring;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * Who may see and handle which report. Reports are intelligence: outside these rules a
 * report is not revealed at all (404), and viewers and administrators see figures in
 * monitoring, not reports.
 * <ul>
 * <li>VILLAGE_OFFICIAL: the reports he made, with their status;</li>
 * <li>OFFICE_STAFF: the reports he took down or is assigned to;</li>
 * <li>PIMPASA: reports from the villages he mentors today, and those assigned to him or
 * taken down by him;</li>
 * <li>INTEL_ANALYST, OFFICE_HEAD: every report of their office (and the offices below
 * it);</li>
 * <li>NATIONAL_VIEWER, REGIONAL_VIEWER, SYSTEM_ADMIN: none.</li>
 * </ul>
 * The reporter's contact is shown to the office's analysts and head, to the assigned
 * officer and to the one who took the report down.
 */
@Component
public class ReportAccess {

	private final Reports reports;

	private final OfficeDirectory offices;

	private final PartnerVillageDirectory villages;

	private final Mentoring mentoring;

	private final ReportCalendar calendar;

	ReportAccess(Reports reports, OfficeDirectory offices, PartnerVillageDirectory villages, Mentoring mentoring,
			ReportCalendar calendar) {
		this.reports = reports;
		this.offices = offices;
		this.villages = villages;
		this.mentoring = mentoring;
		this.calendar = calendar;
	}

	/**
	 * The report, if the user may see it.
	 * @throws NotFoundException if it does not exist or lies outside the user's reach
	 */
	@Transactional(readOnly = true)
	public Report readable(CurrentUser user, long reportId) {
		return this.reports.findById(reportId)
			.filter((report) -> mayRead(user, report))
			.orElseThrow(() -> new NotFoundException("earlywarning.report.notFound", reportId));
	}

	public boolean mayRead(CurrentUser user, Report report) {
		if (user == null) {
			return false;
		}
		return switch (user.role()) {
			case VILLAGE_OFFICIAL -> own(user, report);
			case OFFICE_STAFF -> own(user, report) || assigned(user, report);
			case PIMPASA -> own(user, report) || assigned(user, report) || mentorsVillageOf(user, report);
			case INTEL_ANALYST, OFFICE_HEAD -> inOffice(user, report);
			case NATIONAL_VIEWER, REGIONAL_VIEWER, SYSTEM_ADMIN -> false;
		};
	}

	/**
	 * Whether the user may move, assign, refer and message on the report: office heads
	 * and analysts of the office, and PIMPASA for the villages they mentor or reports
	 * assigned to them.
	 */
	public boolean mayHandle(CurrentUser user, Report report) {
		if (user == null) {
			return false;
		}
		return switch (user.role()) {
			case INTEL_ANALYST, OFFICE_HEAD -> inOffice(user, report);
			case PIMPASA -> assigned(user, report) || mentorsVillageOf(user, report);
			default -> false;
		};
	}

	/** Whether the reporter's contact details may be shown to the user. */
	public boolean maySeeContact(CurrentUser user, Report report) {
		if (user == null) {
			return false;
		}
		if (own(user, report) || assigned(user, report)) {
			return true;
		}
		return user.hasRole(Role.INTEL_ANALYST, Role.OFFICE_HEAD) && inOffice(user, report);
	}

	/** The reports the user may see, as a query condition. */
	public Specification<Report> readable(CurrentUser user) {
		long accountId = user.accountId();
		return switch (user.role()) {
			case VILLAGE_OFFICIAL -> (root, query, cb) -> cb.equal(root.get("submittedBy"), accountId);
			case OFFICE_STAFF -> (root, query, cb) -> cb.or(cb.equal(root.get("submittedBy"), accountId),
					cb.equal(root.get("assignedTo"), accountId));
			case PIMPASA -> {
				Set<String> codes = mentoredVillageCodes(user);
				yield (root, query, cb) -> cb.or(cb.equal(root.get("submittedBy"), accountId),
						cb.equal(root.get("assignedTo"), accountId),
						codes.isEmpty() ? cb.disjunction() : root.get("villageCode").in(codes));
			}
			case INTEL_ANALYST, OFFICE_HEAD -> {
				Set<Long> officeIds = this.offices.selfAndDescendants(user.scope().officeId());
				yield (root, query, cb) -> root.get("officeId").in(officeIds);
			}
			case NATIONAL_VIEWER, REGIONAL_VIEWER, SYSTEM_ADMIN -> (root, query, cb) -> cb.disjunction();
		};
	}

	/** Codes of the partner villages a PIMPASA mentors today (in his office's zone). */
	public Set<String> mentoredVillageCodes(CurrentUser user) {
		LocalDate today = this.calendar.today(user.scope().officeId());
		return this.mentoring.villagesOf(user.accountId(), today)
			.stream()
			.map(this.villages::find)
			.flatMap(java.util.Optional::stream)
			.map((village) -> village.code().value())
			.collect(Collectors.toUnmodifiableSet());
	}

	private static boolean own(CurrentUser user, Report report) {
		return Objects.equals(report.getSubmittedBy(), user.accountId());
	}

	private static boolean assigned(CurrentUser user, Report report) {
		return Objects.equals(report.getAssignedTo(), user.accountId());
	}

	private boolean inOffice(CurrentUser user, Report report) {
		return user.scope().officeId() != null
				&& this.offices.selfAndDescendants(user.scope().officeId()).contains(report.getOfficeId());
	}

	private boolean mentorsVillageOf(CurrentUser user, Report report) {
		return mentoredVillageCodes(user).contains(report.getVillageCode());
	}

}
