package id.desabinaan.outreach.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import id.desabinaan.outreach.ActivityFilter;
import id.desabinaan.outreach.ActivityStatus;
import id.desabinaan.outreach.ActivityType;

/**
 * The filters of the list and calendar as they come in the address
 * ({@code kantor, desa, dari, sampai, jenis, status}); a value that cannot be read is
 * ignored, like an empty one.
 */
public record ActivityFilters(String kantor, String desa, String dari, String sampai, String jenis, String status) {

	public ActivityFilter filter() {
		return new ActivityFilter(officeId(), villageId(), date(this.dari), date(this.sampai), type(),
				activityStatus());
	}

	public ActivityFilter filter(LocalDate from, LocalDate to) {
		return new ActivityFilter(officeId(), villageId(), from, to, type(), activityStatus());
	}

	public Long officeId() {
		return number(this.kantor);
	}

	public Long villageId() {
		return number(this.desa);
	}

	public ActivityType type() {
		return parse(ActivityType.class, this.jenis);
	}

	public ActivityStatus activityStatus() {
		return parse(ActivityStatus.class, this.status);
	}

	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Long number(String value) {
		if (value == null || !value.strip().matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(value.strip());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
