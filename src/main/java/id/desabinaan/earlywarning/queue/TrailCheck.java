package id.desabinaan.earlywarning.queue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportEntry;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Verifies the hash-chained trails of reports ({@link ReportTrail#firstBroken(long)}):
 * one report's trail for those who may read the report, and every report in reach for the
 * office head (his office and the offices below it) and the system administrator (all
 * reports: he keeps the platform sound but reads no report, so he sees numbers and
 * offices, never report content). The command-line mode uses the same check.
 */
@Service
class TrailCheck {

	@PersistenceContext
	private EntityManager entityManager;

	private final ReportTrail trail;

	private final ReportAccess access;

	private final ReportViews views;

	private final OfficeDirectory offices;

	TrailCheck(ReportTrail trail, ReportAccess access, ReportViews views, OfficeDirectory offices) {
		this.trail = trail;
		this.access = access;
		this.views = views;
		this.offices = offices;
	}

	/** Whether the user may check every report in reach ({@code /app/laporan/jejak}). */
	static boolean mayCheckAll(CurrentUser user) {
		return user != null && user.hasRole(Role.SYSTEM_ADMIN, Role.OFFICE_HEAD);
	}

	/**
	 * Whether the user's role may see a report's trail (the report must be in reach too):
	 * staff who handle reports. Village officials follow the status of their reports, not
	 * the office's working notes.
	 */
	static boolean mayViewTrail(CurrentUser user) {
		return user != null && user.hasRole(Role.PIMPASA, Role.OFFICE_STAFF, Role.INTEL_ANALYST, Role.OFFICE_HEAD);
	}

	/**
	 * One report's trail and its check; the view is written to the access log (purpose
	 * {@code TRAIL}, without contact).
	 */
	@Transactional(readOnly = true)
	TrailView trailOf(CurrentUser user, long reportId) {
		if (!mayViewTrail(user)) {
			throw new AccessDeniedException("Trails are read by the staff who handle reports");
		}
		Report report = this.access.readable(user, reportId);
		this.views.record(user, report, "TRAIL", false);
		List<ReportEntry> entries = this.trail.of(reportId);
		Optional<ReportEntry> broken = this.trail.firstBroken(reportId);
		return new TrailView(report.getId(), report.getOfficeId(), entries, broken.orElse(null));
	}

	/** Checks every report in the user's reach. */
	@Transactional(readOnly = true)
	Result checkInReach(CurrentUser user) {
		if (!mayCheckAll(user)) {
			throw new AccessDeniedException("Trails are checked by office heads and the system administrator");
		}
		if (user.hasRole(Role.SYSTEM_ADMIN)) {
			return check(null);
		}
		return check(this.offices.selfAndDescendants(user.scope().officeId()));
	}

	/**
	 * Checks the reports of these offices, or of all offices when {@code officeIds} is
	 * {@code null}.
	 */
	@Transactional(readOnly = true)
	Result check(Collection<Long> officeIds) {
		List<Object[]> reports = (officeIds == null)
				? this.entityManager.createQuery("select r.id, r.officeId from Report r order by r.id", Object[].class)
					.getResultList()
				: officeIds.isEmpty() ? List.of() : this.entityManager
					.createQuery("select r.id, r.officeId from Report r where r.officeId in :offices order by r.id",
							Object[].class)
					.setParameter("offices", officeIds)
					.getResultList();
		List<Broken> broken = new ArrayList<>();
		for (Object[] row : reports) {
			long reportId = (Long) row[0];
			long officeId = (Long) row[1];
			this.trail.firstBroken(reportId)
				.ifPresent((entry) -> broken
					.add(new Broken(reportId, officeId, officeName(officeId), entry.getSeq(), entry.getId())));
		}
		return new Result(reports.size(), broken);
	}

	String officeName(long officeId) {
		return this.offices.find(officeId).map((office) -> office.name()).orElse("#" + officeId);
	}

	/** A report whose trail is broken, and its first broken entry. */
	record Broken(long reportId, long officeId, String officeName, int seq, long entryId) {
	}

	/** What a check found. */
	record Result(int checked, List<Broken> broken) {

		public boolean intact() {
			return this.broken.isEmpty();
		}

	}

	/** One report's trail: its entries in order and the first broken one, if any. */
	record TrailView(long reportId, long officeId, List<ReportEntry> entries, ReportEntry firstBroken) {

		public boolean intact() {
			return this.firstBroken == null;
		}

	}

}
