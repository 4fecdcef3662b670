package id.desabinaan.earlywarning.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportConversation;
import id.desabinaan.earlywarning.report.ReportMessage;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.knowledge.WarningSign;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;

/**
 * What the holder of a receipt code sees and does: the receipt, the status in plain
 * language, the outcome when closed, and the messages with the office. The code is the
 * only key; a wrong, malformed or unknown code gets the same empty answer, so the pages
 * reveal nothing about which codes exist. Nothing here asks or keeps who the holder is.
 */
@Service
public class ReceiptDesk {

	private final Reports reports;

	private final ReportAttachments attachments;

	private final ReportConversation conversation;

	private final ReportAccess access;

	private final RiskScoring risk;

	ReceiptDesk(Reports reports, ReportAttachments attachments, ReportConversation conversation, ReportAccess access,
			RiskScoring risk) {
		this.reports = reports;
		this.attachments = attachments;
		this.conversation = conversation;
		this.access = access;
		this.risk = risk;
	}

	/**
	 * The receipt of a report as the staff member who took it down (or may read it) sees
	 * it: with its risk and the warning signs found.
	 */
	public record StaffReceipt(Report report, String groupedCode, List<WarningSign> reasons,
			List<ReportAttachment> attachments) {
	}

	/**
	 * The staff receipt of a report the user may read.
	 * @throws id.desabinaan.shared.NotFoundException outside his reach
	 */
	@Transactional(readOnly = true)
	public StaffReceipt staffReceipt(CurrentUser user, long reportId) {
		Report report = this.access.readable(user, reportId);
		Map<String, IndicatorAnswer> answers = new LinkedHashMap<>();
		report.getIndicators().forEach((indicator) -> answers.put(indicator.signCode(), indicator.answer()));
		return new StaffReceipt(report, ReceiptCodes.grouped(report.getReceiptCode()),
				this.risk.score(answers, report.getReceivedOn()).reasons(),
				this.attachments.findByReportIdOrderByPositionAsc(reportId));
	}

	/** One message as the reporter sees it: his own, or the office's (no names). */
	public record ThreadMessage(boolean fromReporter, String body, java.time.LocalDate sentOn) {
	}

	/**
	 * A report as its reporter sees it.
	 *
	 * @param code the receipt code
	 * @param category the category
	 * @param receivedOn the date received
	 * @param state the state
	 * @param closingReason why it was closed, or {@code null}
	 * @param outcomeNote the officer's outcome note, or {@code null}
	 * @param merged whether it was merged into another report (handled there)
	 * @param digests the SHA-256 of each attachment
	 * @param messages the messages, oldest first
	 */
	public record ReceiptView(String code, ReportCategory category, java.time.LocalDate receivedOn, ReportState state,
			ClosingReason closingReason, String outcomeNote, boolean merged, List<String> digests,
			List<ThreadMessage> messages) {

		public String groupedCode() {
			return ReceiptCodes.grouped(this.code);
		}

		public boolean open() {
			return this.state.open();
		}

	}

	/** The report of a receipt code, or empty for any code that does not name one. */
	@Transactional(readOnly = true)
	public Optional<ReceiptView> find(String typedCode) {
		return report(typedCode).map(this::view);
	}

	/**
	 * A message from the reporter. Refused on {@code body} when empty or too long, and on
	 * {@code kode} for an unknown code (the same answer as a wrong code on the page) or a
	 * closed report.
	 */
	@Transactional
	public void reply(String typedCode, String body) {
		Report report = report(typedCode)
			.orElseThrow(() -> new InvalidInputException("kode", "ewintake.status.notFound"));
		if (!report.getState().open()) {
			throw new InvalidInputException("body", "ewintake.status.closedNoReply");
		}
		this.conversation.fromReporter(report, body);
	}

	private Optional<Report> report(String typedCode) {
		String code = ReceiptCodes.normalize(typedCode);
		return (code != null) ? this.reports.findByReceiptCode(code) : Optional.empty();
	}

	private ReceiptView view(Report report) {
		List<String> digests = this.attachments.findByReportIdOrderByPositionAsc(report.getId())
			.stream()
			.map(ReportAttachment::getFileKey)
			.toList();
		List<ThreadMessage> messages = this.conversation.of(report)
			.stream()
			.map((ReportMessage message) -> new ThreadMessage(message.isFromReporter(), message.getBody(),
					message.getSentOn()))
			.toList();
		return new ReceiptView(report.getReceiptCode(), report.getCategory(), report.getReceivedOn(), report.getState(),
				report.getClosingReason(), report.getOutcomeNote(), report.getMergedInto() != null, digests, messages);
	}

}
