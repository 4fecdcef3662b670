package id.desabinaan.earlywarning.triage;

import java.time.LocalDate;

import id.desabinaan.earlywarning.report.Report;

/**
 * An open report past its service clock.
 *
 * @param report the report
 * @param dueOn the last day it could stay in its state
 * @param overdueDays working days past that day
 * @param escalatedOn when it was put before the office head, or {@code null}
 */
public record Overdue(Report report, LocalDate dueOn, int overdueDays, LocalDate escalatedOn) {

	public boolean escalated() {
		return this.escalatedOn != null;
	}

}
