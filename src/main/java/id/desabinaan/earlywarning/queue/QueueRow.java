package id.desabinaan.earlywarning.queue;

import java.time.LocalDate;

import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.knowledge.WarningRiskLevel;

/**
 * One line of the queue: what a reader needs to pick the next report, and no report text
 * or contact (opening the report is what the access log records).
 *
 * @param id the report's number
 * @param category what it is about
 * @param channel how it came
 * @param state where it stands
 * @param riskLevel its risk level
 * @param riskScore its risk score
 * @param villageCode the desa/kelurahan
 * @param villageName its name, or the code when unknown
 * @param receivedOn the day it was received
 * @param ageDays days since then
 * @param dueOn the last day in its state, or {@code null} without a clock
 * @param overdueDays working days past that day (0 when not overdue)
 * @param assignedTo the officer's account id, or {@code null}
 * @param assignedName the officer's name, or {@code null}
 * @param merged whether it was merged into another report
 */
record QueueRow(long id, ReportCategory category, ReportChannel channel, ReportState state, WarningRiskLevel riskLevel,
		int riskScore, String villageCode, String villageName, LocalDate receivedOn, long ageDays, LocalDate dueOn,
		int overdueDays, Long assignedTo, String assignedName, boolean merged) {

	public boolean overdue() {
		return this.overdueDays > 0;
	}

}
