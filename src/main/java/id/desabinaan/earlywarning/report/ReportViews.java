package id.desabinaan.earlywarning.report;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.shared.CurrentUser;

/**
 * The access log of reports: every time an account opens a report (page, API, export),
 * one entry says who, when, why and whether the reporter's contact was shown. Written in
 * its own transaction, so read-only callers can log too.
 */
@Component
public class ReportViews {

	private final ReportAccessEntries entries;

	private final Clock clock;

	ReportViews(ReportAccessEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Logs a view.
	 * @param purpose what was opened, e.g. {@code PAGE}, {@code API},
	 * {@code QUEUE_EXPORT}
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(CurrentUser user, Report report, String purpose, boolean withContact) {
		this.entries.save(new ReportAccessEntry(report.getId(), user.accountId(), user.getUsername(), purpose,
				withContact, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<ReportAccessEntry> of(long reportId) {
		return this.entries.findByReportIdOrderByIdDesc(reportId);
	}

}
