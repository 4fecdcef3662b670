package id.desabinaan.earlywarning.triage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import id.desabinaan.account.AccountSummary;
import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportEntry;

/**
 * What the officer's report page shows.
 *
 * @param report the report
 * @param villageName the village's name with its district and regency
 * @param officeName the serving office
 * @param details the structured fields the reporter filled in
 * @param indicators the checklist answers, signs answered yes first
 * @param contactShown whether the reporter's contact may be shown to this user
 * @param messages the exchange with the reporter
 * @param referrals referrals to partner agencies
 * @param trail the report's trail
 * @param assignee who the report is assigned to, or {@code null}
 * @param assignable officers it may be assigned to (empty if the user may not assign)
 * @param mayHandle whether the user may change the report
 * @param mayTake whether the user may take the unassigned report himself
 * @param moves the states the report may move to with the status form
 * @param mayRefer whether a referral may be sent now
 * @param dueOn the last day of the current state's clock, or {@code null}
 * @param overdueDays working days past it
 * @param escalatedOn when the current stay was escalated to the head, or {@code null}
 * @param userId the account viewing the page
 * @param zone the office's time zone
 */
public record ReportPage(Report report, String villageName, String officeName, List<Detail> details,
		List<Indicator> indicators, boolean contactShown, List<Message> messages, List<Referral> referrals,
		List<ReportEntry> trail, AccountSummary assignee, List<AccountSummary> assignable, boolean mayHandle,
		boolean mayTake, List<ReportState> moves, boolean mayRefer, LocalDate dueOn, int overdueDays,
		LocalDate escalatedOn, long userId, ZoneId zone) {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	/** When a trail entry happened: the moment in the office's zone, or the date only. */
	public String when(ReportEntry entry) {
		if (entry.getOccurredAt() != null) {
			return MOMENT.format(entry.getOccurredAt().atZone(this.zone));
		}
		return DAY.format(entry.getOccurredOn());
	}

	public List<PartnerAnswer> answers() {
		return List.of(PartnerAnswer.values());
	}

	public List<ClosingReason> closingReasons() {
		return List.of(ClosingReason.values());
	}

	public List<PartnerKind> partnerKinds() {
		return List.of(PartnerKind.values());
	}

	public boolean mayClose() {
		return this.mayHandle && this.report.getState().open();
	}

	public boolean mayAssign() {
		return this.mayHandle && !this.assignable.isEmpty() && this.report.getState().open();
	}

	/**
	 * A structured field: its key (label {@code ewintake.field.<key>}) and value.
	 */
	public record Detail(String key, String value) {
	}

	/** A checklist answer: the sign's title, its code and the answer. */
	public record Indicator(String code, String title, String answer, boolean yes) {
	}

	/** A message: from the reporter or from an officer (named). */
	public record Message(boolean fromReporter, String author, LocalDate sentOn, String body) {
	}

}
