package id.desabinaan.earlywarning.queue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week (Monday to Sunday), written {@code 2026-W49}.
 *
 * @param year the week-based year
 * @param number the week of that year, 1 to 53
 */
record IsoWeek(int year, int number) implements Comparable<IsoWeek> {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

	static IsoWeek of(LocalDate day) {
		return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** The week written {@code yyyy-Www}, or {@code null} when it is not one. */
	static IsoWeek parse(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		int number = Integer.parseInt(matcher.group(2));
		if (number < 1 || year < 2000 || year > 2999) {
			return null;
		}
		IsoWeek week = new IsoWeek(year, number);
		return IsoWeek.of(week.start()).equals(week) ? week : null;
	}

	public LocalDate start() {
		return LocalDate.of(this.year, 1, 4)
			.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, this.number)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public LocalDate end() {
		return start().plusDays(6);
	}

	IsoWeek minusWeeks(int weeks) {
		return IsoWeek.of(start().minusWeeks(weeks));
	}

	@Override
	public int compareTo(IsoWeek other) {
		return start().compareTo(other.start());
	}

	@Override
	public String toString() {
		return String.format("%d-W%02d", this.year, this.number);
	}

}
