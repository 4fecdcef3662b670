package id.desabinaan.earlywarning.intake;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.desabinaan.earlywarning.ReportReceived;
import id.desabinaan.earlywarning.report.Reports;

/**
 * Test helper: makes the commit of a report fail when its description holds
 * {@link #MARKER}, as a database that fails at commit would. Everything else passes
 * untouched.
 */
@Component
class FailingCommitProbe {

	static final String MARKER = "[commit-fails-here]";

	private final Reports reports;

	FailingCommitProbe(Reports reports) {
		this.reports = reports;
	}

	@EventListener
	void on(ReportReceived event) {
		boolean fail = this.reports.findById(event.reportId())
			.map((report) -> report.getDescription().contains(MARKER))
			.orElse(false);
		if (fail) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					throw new DataAccessResourceFailureException("Simulated failure at commit");
				}

			});
		}
	}

}
