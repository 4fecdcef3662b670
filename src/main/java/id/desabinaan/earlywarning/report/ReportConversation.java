package id.desabinaan.earlywarning.report;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;

/**
 * The exchange of messages between a reporter (known only by the receipt code) and the
 * office. Each message is also an entry of the report's trail (without its text, which
 * stays in the message). Callers check access first.
 */
@Component
public class ReportConversation {

	/** Longest message accepted. */
	public static final int MAX_LENGTH = 2000;

	private final ReportMessages messages;

	private final ReportTrail trail;

	private final ReportCalendar calendar;

	private final Clock clock;

	ReportConversation(ReportMessages messages, ReportTrail trail, ReportCalendar calendar, Clock clock) {
		this.messages = messages;
		this.trail = trail;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A message from the reporter: the date only, no author, no moment. */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReportMessage fromReporter(Report report, String body) {
		String text = checked(body);
		var on = this.calendar.today(report.getOfficeId());
		ReportMessage message = this.messages.save(new ReportMessage(report.getId(), true, null, text, on, null));
		this.trail.append(report, "MESSAGE_FROM_REPORTER", null, null, ReportTrail.REPORTER, null, null, on, null);
		return message;
	}

	/** A message from an officer to the reporter. */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReportMessage fromOfficer(Report report, CurrentUser officer, String body) {
		String text = checked(body);
		var at = this.clock.instant();
		var on = this.calendar.today(report.getOfficeId());
		ReportMessage message = this.messages
			.save(new ReportMessage(report.getId(), false, officer.accountId(), text, on, at));
		this.trail.append(report, "MESSAGE_TO_REPORTER", null, null, officer.getUsername(), null, null, on, at);
		return message;
	}

	@Transactional(readOnly = true)
	public List<ReportMessage> of(Report report) {
		return this.messages.findByReportIdOrderByIdAsc(report.getId());
	}

	private static String checked(String body) {
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidInputException("body", "earlywarning.message.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException("body", "earlywarning.message.tooLong", MAX_LENGTH);
		}
		return text;
	}

}
