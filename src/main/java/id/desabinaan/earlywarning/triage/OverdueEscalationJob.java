package id.desabinaan.earlywarning.triage;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts overdue reports before their office heads, on the schedule
 * {@code desabinaan.early-warning.escalation-cron} (office time of western Indonesia). A
 * ShedLock lock keeps two nodes from running it at once; the unique escalation per stay
 * keeps a repeated run harmless.
 */
@Component
class OverdueEscalationJob {

	private final OverdueReports overdue;

	private final Clock clock;

	OverdueEscalationJob(OverdueReports overdue, Clock clock) {
		this.overdue = overdue;
		this.clock = clock;
	}

	@Scheduled(cron = "${desabinaan.early-warning.escalation-cron:0 0 7 * * MON-FRI}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "report-overdue-escalation", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		this.overdue.escalateOverdue(this.clock.instant());
	}

}
