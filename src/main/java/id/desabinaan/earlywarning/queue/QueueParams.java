package id.desabinaan.earlywarning.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.shared.RegionCode;

/**
 * The queue's filters as they come in the address, read into a {@link QueueFilter}. A
 * value that cannot be read is left out of the filter and reported as a problem naming
 * its field: the page shows it next to the field (keeping what was typed), the API
 * answers 400. The page and the API use different parameter names ({@link Names}).
 */
record QueueParams(String state, String category, String risk, String village, String officer, String minAge,
		String maxAge, String q, String sort, String page) {

	/** Longest search text. */
	static final int MAX_QUERY = 200;

	/** Oldest age a filter may ask for, in days (ten years). */
	static final int MAX_AGE = 3650;

	/** The value of the state filter that adds closed reports. */
	static final String ALL_STATES = "ALL";

	/** The value of the officer filter for reports assigned to nobody. */
	static final String UNASSIGNED = "none";

	/** The parameter names of one interface. */
	record Names(String state, String category, String risk, String village, String officer, String minAge,
			String maxAge, String q, String sort, String page) {

		/** The page's (Indonesian) names: {@code /app/laporan?status=&kategori=...}. */
		static final Names PAGE = new Names("status", "kategori", "risiko", "desa", "petugas", "umurMin", "umurMaks",
				"q", "urut", "halaman");

		/** The API's names: {@code /api/v1/reports?state=&category=...}. */
		static final Names API = new Names("state", "category", "risk", "village", "officer", "minAgeDays",
				"maxAgeDays", "q", "sort", "page");

	}

	/** A value that could not be read. */
	record Problem(String field, String messageCode, Object... arguments) {
	}

	/** The filter, the page asked (from 1) and the problems. */
	record Parsed(QueueFilter filter, int page, List<Problem> problems) {

		boolean hasProblem(String field) {
			return this.problems.stream().anyMatch((problem) -> problem.field().equals(field));
		}

	}

	/** The values of a request's parameters under these names. */
	static QueueParams from(java.util.Map<String, String> values, Names names) {
		return new QueueParams(values.get(names.state()), values.get(names.category()), values.get(names.risk()),
				values.get(names.village()), values.get(names.officer()), values.get(names.minAge()),
				values.get(names.maxAge()), values.get(names.q()), values.get(names.sort()), values.get(names.page()));
	}

	Parsed parse(Names names) {
		List<Problem> problems = new ArrayList<>();
		ReportState stateValue = null;
		boolean all = false;
		if (present(this.state)) {
			if (ALL_STATES.equalsIgnoreCase(this.state.strip())) {
				all = true;
			}
			else {
				stateValue = parseEnum(ReportState.class, this.state, names.state(), "ewqueue.error.state", problems);
			}
		}
		ReportCategory categoryValue = parseEnum(ReportCategory.class, this.category, names.category(),
				"ewqueue.error.category", problems);
		WarningRiskLevel riskValue = parseEnum(WarningRiskLevel.class, this.risk, names.risk(), "ewqueue.error.risk",
				problems);
		String villageCode = null;
		if (present(this.village)) {
			String code = this.village.strip();
			if (RegionCode.isValid(code) && RegionCode.of(code).depth() == 4) {
				villageCode = code;
			}
			else {
				problems.add(new Problem(names.village(), "ewqueue.error.village"));
			}
		}
		Long officerId = null;
		boolean unassigned = false;
		if (present(this.officer)) {
			String value = this.officer.strip();
			if (UNASSIGNED.equalsIgnoreCase(value)) {
				unassigned = true;
			}
			else if (value.matches("\\d{1,18}")) {
				officerId = Long.valueOf(value);
			}
			else {
				problems.add(new Problem(names.officer(), "ewqueue.error.officer"));
			}
		}
		Integer min = age(this.minAge, names.minAge(), problems);
		Integer max = age(this.maxAge, names.maxAge(), problems);
		if (min != null && max != null && min > max) {
			problems.add(new Problem(names.maxAge(), "ewqueue.error.ageOrder"));
			max = null;
		}
		String text = null;
		if (present(this.q)) {
			String words = this.q.strip();
			if (words.length() > MAX_QUERY) {
				problems.add(new Problem(names.q(), "ewqueue.error.query.tooLong", MAX_QUERY));
			}
			else {
				text = words;
			}
		}
		QueueSort sortValue = parseEnum(QueueSort.class, this.sort, names.sort(), "ewqueue.error.sort", problems);
		if (sortValue == null || (sortValue == QueueSort.RELEVANCE && text == null)) {
			sortValue = QueueSort.RISK;
		}
		int pageNumber = 1;
		if (present(this.page)) {
			String value = this.page.strip();
			if (value.matches("\\d{1,6}") && Integer.parseInt(value) >= 1) {
				pageNumber = Integer.parseInt(value);
			}
			else {
				problems.add(new Problem(names.page(), "ewqueue.error.page"));
			}
		}
		return new Parsed(new QueueFilter(stateValue, all, categoryValue, riskValue, villageCode, officerId, unassigned,
				min, max, text, sortValue), pageNumber, List.copyOf(problems));
	}

	/** Whether any filter besides the order and the page is set. */
	boolean filtering() {
		return present(this.state) || present(this.category) || present(this.risk) || present(this.village)
				|| present(this.officer) || present(this.minAge) || present(this.maxAge);
	}

	private static Integer age(String value, String field, List<Problem> problems) {
		if (!present(value)) {
			return null;
		}
		String days = value.strip();
		if (days.matches("\\d{1,5}") && Integer.parseInt(days) <= MAX_AGE) {
			return Integer.valueOf(days);
		}
		problems.add(new Problem(field, "ewqueue.error.age", MAX_AGE));
		return null;
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String code,
			List<Problem> problems) {
		if (!present(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field, code));
			return null;
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
