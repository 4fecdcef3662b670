package id.desabinaan.knowledge.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of dated versions, on the versions of one kind of regulated data (withdrawn
 * versions are ignored):
 * <ul>
 * <li>on a date, an item is given by its version with the latest start on or before that
 * date, unless that version ended before the date (an item can end without a
 * successor);</li>
 * <li>a version's last day is its own end, or the day before the next version starts,
 * whichever comes first.</li>
 * </ul>
 */
public final class Timeline {

	private Timeline() {
	}

	/** The versions in effect on a date, one per item at most, in the given order. */
	public static <T extends RegulatedVersion> List<T> inEffect(List<T> versions, LocalDate date) {
		Map<String, T> latest = new LinkedHashMap<>();
		for (T version : live(versions)) {
			if (version.getValidFrom().isAfter(date)) {
				continue;
			}
			latest.merge(version.itemKey(), version, (a, b) -> b.getValidFrom().isAfter(a.getValidFrom()) ? b : a);
		}
		return latest.values()
			.stream()
			.filter((version) -> version.getValidUntil() == null || !version.getValidUntil().isBefore(date))
			.toList();
	}

	/** Versions starting after the date, ordered by start. */
	public static <T extends RegulatedVersion> List<T> startingAfter(List<T> versions, LocalDate date) {
		return live(versions).stream()
			.filter((version) -> version.getValidFrom().isAfter(date))
			.sorted(Comparator.comparing(RegulatedVersion::getValidFrom))
			.toList();
	}

	/**
	 * Every item with its versions, newest first, each with its status on {@code today}
	 * and its effective last day; items keep the order of their first version in the
	 * list.
	 */
	public static <T extends RegulatedVersion> List<Item<T>> items(List<T> versions, LocalDate today) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		for (T version : live(versions)) {
			byKey.computeIfAbsent(version.itemKey(), (key) -> new ArrayList<>()).add(version);
		}
		List<Item<T>> items = new ArrayList<>();
		byKey.forEach((key, all) -> items.add(item(key, all, today)));
		return items;
	}

	private static <T extends RegulatedVersion> Item<T> item(String key, List<T> versions, LocalDate today) {
		List<T> ordered = versions.stream().sorted(Comparator.comparing(RegulatedVersion::getValidFrom)).toList();
		Optional<T> current = inEffect(ordered, today).stream().findFirst();
		List<Row<T>> rows = new ArrayList<>();
		for (int i = ordered.size() - 1; i >= 0; i--) {
			T version = ordered.get(i);
			LocalDate nextStart = (i + 1 < ordered.size()) ? ordered.get(i + 1).getValidFrom() : null;
			LocalDate lastDay = lastDay(version.getValidUntil(), nextStart);
			Status status;
			if (version.isFutureOn(today)) {
				status = Status.FUTURE;
			}
			else if (current.isPresent() && current.get() == version) {
				status = Status.CURRENT;
			}
			else {
				status = Status.PAST;
			}
			rows.add(new Row<>(version, lastDay, nextStart != null && lastDay.equals(nextStart.minusDays(1)), status));
		}
		return new Item<>(key, rows);
	}

	private static LocalDate lastDay(LocalDate validUntil, LocalDate nextStart) {
		LocalDate beforeNext = (nextStart != null) ? nextStart.minusDays(1) : null;
		if (validUntil == null) {
			return beforeNext;
		}
		return (beforeNext == null || validUntil.isBefore(beforeNext)) ? validUntil : beforeNext;
	}

	private static <T extends RegulatedVersion> List<T> live(List<T> versions) {
		return versions.stream().filter((version) -> !version.isWithdrawn()).toList();
	}

	/** Where a version stands on a day. */
	public enum Status {

		/** Applies today. */
		CURRENT,
		/** Starts after today. */
		FUTURE,
		/** Replaced or ended before today. */
		PAST

	}

	/**
	 * One version with its effective last day.
	 *
	 * @param version the version
	 * @param lastDay the last day it applies, {@code null} while open-ended
	 * @param superseded the last day comes from the next version's start
	 * @param status where it stands today
	 */
	public record Row<T extends RegulatedVersion>(T version, LocalDate lastDay, boolean superseded, Status status) {
	}

	/**
	 * One item with its versions, newest first.
	 *
	 * @param key the item key
	 * @param rows the versions
	 */
	public record Item<T extends RegulatedVersion>(String key, List<Row<T>> rows) {

		/** The version in effect today, if any. */
		public Optional<Row<T>> current() {
			return this.rows.stream().filter((row) -> row.status() == Status.CURRENT).findFirst();
		}

		/** Versions starting after today, newest first. */
		public List<Row<T>> future() {
			return this.rows.stream().filter((row) -> row.status() == Status.FUTURE).toList();
		}

		/** Versions replaced or ended before today, newest first. */
		public List<Row<T>> past() {
			return this.rows.stream().filter((row) -> row.status() == Status.PAST).toList();
		}

		/** The newest version of any status, for showing what the item is. */
		public T latest() {
			return this.rows.get(0).version();
		}

	}

}
