package id.desabinaan.earlywarning.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import id.desabinaan.earlywarning.ReportState;

/**
 * How many working days (Monday to Friday) a report may stay in each open state before it
 * is overdue: acknowledge (RECEIVED) within 1, verify (UNDER_VERIFICATION) within 3,
 * decide (VERIFIED, ESCALATED) within 10. REFERRED waits on a partner and has no clock of
 * its own. Configured by {@code desabinaan.early-warning.clock.*}.
 */
@ConfigurationProperties("desabinaan.early-warning.clock")
public record ServiceClock(@DefaultValue("1") int acknowledgeDays, @DefaultValue("3") int verifyDays,
		@DefaultValue("10") int decideDays) {

	/** The working days allowed in the state, if it has a clock. */
	public Optional<Integer> allowance(ReportState state) {
		return switch (state) {
			case RECEIVED -> Optional.of(this.acknowledgeDays);
			case UNDER_VERIFICATION -> Optional.of(this.verifyDays);
			case VERIFIED, ESCALATED -> Optional.of(this.decideDays);
			case REFERRED, CLOSED -> Optional.empty();
		};
	}

	/** The last day the report may stay in its state, if the state has a clock. */
	public Optional<LocalDate> dueOn(Report report) {
		return allowance(report.getState()).map((days) -> addWorkingDays(report.getStateEnteredOn(), days));
	}

	/**
	 * Working days past the due date on {@code today}; 0 when not overdue or no clock.
	 */
	public int overdueDays(Report report, LocalDate today) {
		return dueOn(report).map((due) -> workingDaysBetween(due, today)).orElse(0);
	}

	static LocalDate addWorkingDays(LocalDate start, int days) {
		LocalDate date = start;
		int added = 0;
		while (added < days) {
			date = date.plusDays(1);
			if (workingDay(date)) {
				added++;
			}
		}
		return date;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; 0 if to is not
	 * later.
	 */
	static int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (workingDay(date)) {
				count++;
			}
		}
		return count;
	}

	static boolean workingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
