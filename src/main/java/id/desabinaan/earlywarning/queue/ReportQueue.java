package id.desabinaan.earlywarning.queue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportAccessEntry;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.earlywarning.report.ServiceClock;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;

/**
 * The queue of reports a reader may see ({@link ReportAccess#readable(CurrentUser)}),
 * filtered, searched and ordered by risk and overdue time ({@link ServiceClock}), and the
 * reading of one report for the API, written to the access log.
 *
 * <p>
 * The queue is for those who make or handle reports: village officials (their own reports
 * and their status), PIMPASA, office staff, analysts and heads. Viewers and
 * administrators are refused (403) rather than shown an empty queue: reports are not
 * theirs to read ({@link ReportAccess} gives them none), and an empty page would suggest
 * there are no reports. They see figures in monitoring.
 *
 * <p>
 * Ordering by overdue time needs each report's service clock, which counts working days;
 * the queue therefore reads the matching reports of the reader's reach and orders them
 * here. An office's reach is hundreds to a few thousand open reports; by default the
 * queue shows open reports only.
 */
@Service
class ReportQueue {

	/** The roles with a queue. */
	static final Set<Role> READERS = EnumSet.of(Role.VILLAGE_OFFICIAL, Role.PIMPASA, Role.OFFICE_STAFF,
			Role.INTEL_ANALYST, Role.OFFICE_HEAD);

	/** Reports per page of the queue. */
	static final int PAGE_SIZE = 25;

	@PersistenceContext
	private EntityManager entityManager;

	private final Reports reports;

	private final ReportAccess access;

	private final ReportViews views;

	private final ReportSearch search;

	private final ServiceClock clock;

	private final ReportCalendar calendar;

	private final RegionDirectory regions;

	private final AccountDirectory accounts;

	ReportQueue(Reports reports, ReportAccess access, ReportViews views, ReportSearch search, ServiceClock clock,
			ReportCalendar calendar, RegionDirectory regions, AccountDirectory accounts) {
		this.reports = reports;
		this.access = access;
		this.views = views;
		this.search = search;
		this.clock = clock;
		this.calendar = calendar;
		this.regions = regions;
		this.accounts = accounts;
	}

	static boolean hasQueue(CurrentUser user) {
		return user != null && READERS.contains(user.role());
	}

	static void requireQueue(CurrentUser user) {
		if (!hasQueue(user)) {
			throw new AccessDeniedException("Reports are read by those who make or handle them");
		}
	}

	/** One page of the queue. */
	@Transactional(readOnly = true)
	QueuePage page(CurrentUser user, QueueFilter filter, int page, int size) {
		requireQueue(user);
		LocalDate today = this.calendar.today(user.scope().officeId());
		Specification<Report> condition = this.access.readable(user).and(matching(filter, today));
		Map<Long, Integer> relevance = new HashMap<>();
		boolean capped = false;
		if (filter.text() != null) {
			List<Long> hits = this.search.ids(user, filter.text());
			if (hits.isEmpty()) {
				return new QueuePage(List.of(), 0, page, size, false);
			}
			capped = hits.size() >= ReportSearch.LIMIT;
			for (int i = 0; i < hits.size(); i++) {
				relevance.put(hits.get(i), i);
			}
			condition = condition.and((root, query, cb) -> root.get("id").in(hits));
		}
		Map<Long, LocalDate> todayByOffice = new HashMap<>();
		List<Ranked> ranked = new ArrayList<>();
		for (Report report : this.reports.findAll(condition)) {
			LocalDate officeToday = todayByOffice.computeIfAbsent(report.getOfficeId(), this.calendar::today);
			ranked.add(new Ranked(report, this.clock.dueOn(report).orElse(null),
					this.clock.overdueDays(report, officeToday), officeToday,
					relevance.getOrDefault(report.getId(), Integer.MAX_VALUE)));
		}
		ranked.sort(order(filter.sort()));
		int from = Math.min((page - 1) * size, ranked.size());
		int to = Math.min(from + size, ranked.size());
		Map<String, String> villageNames = new HashMap<>();
		Map<Long, String> officerNames = new HashMap<>();
		List<QueueRow> rows = ranked.subList(from, to)
			.stream()
			.map((item) -> row(item, villageNames, officerNames))
			.toList();
		return new QueuePage(rows, ranked.size(), page, size, capped);
	}

	/** The villages and officers the filters offer: those of the reports in reach. */
	@Transactional(readOnly = true)
	Choices choices(CurrentUser user) {
		requireQueue(user);
		List<Choice> villages = distinct(user, "villageCode", String.class).stream()
			.sorted()
			.map((code) -> new Choice(code, villageName(code)))
			.sorted(Comparator.comparing(Choice::label))
			.toList();
		List<Choice> officers = distinct(user, "assignedTo", Long.class).stream()
			.map((id) -> new Choice(Long.toString(id), officerName(id)))
			.sorted(Comparator.comparing(Choice::label))
			.toList();
		return new Choices(villages, officers);
	}

	/**
	 * Opens one report for the user and writes the view to the access log, with or
	 * without the reporter's contact as {@link ReportAccess#maySeeContact} decides.
	 * @throws id.desabinaan.shared.NotFoundException outside the user's reach
	 */
	@Transactional(readOnly = true)
	Opened open(CurrentUser user, long id, String purpose) {
		requireQueue(user);
		Report report = this.access.readable(user, id);
		boolean withContact = this.access.maySeeContact(user, report);
		report.getIndicators().size();
		this.views.record(user, report, purpose, withContact);
		LocalDate today = this.calendar.today(report.getOfficeId());
		return new Opened(report, withContact, villageName(report.getVillageCode()),
				(report.getAssignedTo() != null) ? officerName(report.getAssignedTo()) : null,
				this.clock.dueOn(report).orElse(null), this.clock.overdueDays(report, today));
	}

	/**
	 * Whether the user's role may read access logs: the office's analysts and head, who
	 * oversee how the office's reports are read. The system administrator is not among
	 * them: reports (and who read them) are the office's; he audits accounts instead.
	 */
	static boolean mayReadAccessLog(CurrentUser user) {
		return user != null && user.hasRole(Role.INTEL_ANALYST, Role.OFFICE_HEAD);
	}

	/** Who opened the report, newest first (404 outside reach). */
	@Transactional(readOnly = true)
	AccessLog accessLog(CurrentUser user, long id) {
		if (!mayReadAccessLog(user)) {
			throw new AccessDeniedException("Access logs are read by the office's analysts and head");
		}
		Report report = this.access.readable(user, id);
		return new AccessLog(report.getId(), this.calendar.zone(report.getOfficeId()), this.views.of(id));
	}

	private <T> List<T> distinct(CurrentUser user, String attribute, Class<T> type) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<Report> root = query.from(Report.class);
		Predicate readable = this.access.readable(user).toPredicate(root, query, cb);
		query.select(root.get(attribute)).distinct(true);
		query.where((readable != null) ? cb.and(readable, cb.isNotNull(root.get(attribute)))
				: cb.isNotNull(root.get(attribute)));
		return this.entityManager.createQuery(query).setMaxResults(500).getResultList();
	}

	/** The filter as a query condition; ages count from the reader's today. */
	static Specification<Report> matching(QueueFilter filter, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			if (filter.state() != null) {
				conditions.add(cb.equal(root.get("state"), filter.state()));
			}
			else if (!filter.allStates()) {
				conditions.add(cb.notEqual(root.get("state"), ReportState.CLOSED));
			}
			if (filter.category() != null) {
				conditions.add(cb.equal(root.get("category"), filter.category()));
			}
			if (filter.risk() != null) {
				conditions.add(cb.equal(root.get("riskLevel"), filter.risk()));
			}
			if (filter.villageCode() != null) {
				conditions.add(cb.equal(root.get("villageCode"), filter.villageCode()));
			}
			if (filter.unassigned()) {
				conditions.add(cb.isNull(root.get("assignedTo")));
			}
			else if (filter.officer() != null) {
				conditions.add(cb.equal(root.get("assignedTo"), filter.officer()));
			}
			if (filter.minAgeDays() != null) {
				conditions
					.add(cb.lessThanOrEqualTo(root.<LocalDate>get("receivedOn"), today.minusDays(filter.minAgeDays())));
			}
			if (filter.maxAgeDays() != null) {
				conditions.add(cb.greaterThanOrEqualTo(root.<LocalDate>get("receivedOn"),
						today.minusDays(filter.maxAgeDays())));
			}
			return cb.and(conditions.toArray(Predicate[]::new));
		};
	}

	static Comparator<Ranked> order(QueueSort sort) {
		Comparator<Ranked> byRisk = Comparator
			.comparing((Ranked item) -> item.report().getRiskLevel().ordinal(), Comparator.reverseOrder())
			.thenComparing((Ranked item) -> item.report().getRiskScore(), Comparator.reverseOrder());
		Comparator<Ranked> byOverdue = Comparator.comparing(Ranked::overdueDays, Comparator.reverseOrder())
			.thenComparing(Ranked::dueOn, Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Ranked> byId = Comparator.comparing((Ranked item) -> item.report().getId());
		Comparator<Ranked> byReceived = Comparator.comparing((Ranked item) -> item.report().getReceivedOn());
		return switch (sort) {
			case RISK -> byRisk.thenComparing(byOverdue).thenComparing(byReceived).thenComparing(byId);
			case OVERDUE -> byOverdue.thenComparing(byRisk).thenComparing(byReceived).thenComparing(byId);
			case NEWEST -> byReceived.reversed().thenComparing(byId.reversed());
			case OLDEST -> byReceived.thenComparing(byId);
			case RELEVANCE -> Comparator.comparing(Ranked::relevance).thenComparing(byRisk).thenComparing(byId);
		};
	}

	private QueueRow row(Ranked item, Map<String, String> villageNames, Map<Long, String> officerNames) {
		Report report = item.report();
		Long assigned = report.getAssignedTo();
		return new QueueRow(report.getId(), report.getCategory(), report.getChannel(), report.getState(),
				report.getRiskLevel(), report.getRiskScore(), report.getVillageCode(),
				villageNames.computeIfAbsent(report.getVillageCode(), this::villageName), report.getReceivedOn(),
				ChronoUnit.DAYS.between(report.getReceivedOn(), item.today()), item.dueOn(), item.overdueDays(),
				assigned, (assigned != null) ? officerNames.computeIfAbsent(assigned, this::officerName) : null,
				report.getMergedInto() != null);
	}

	java.time.ZoneId zone(long officeId) {
		return this.calendar.zone(officeId);
	}

	String villageName(String code) {
		if (!RegionCode.isValid(code)) {
			return code;
		}
		return this.regions.find(RegionCode.of(code)).map(RegionSummary::name).orElse(code);
	}

	String officerName(long accountId) {
		return this.accounts.find(accountId).map(AccountSummary::displayName).orElse("#" + accountId);
	}

	/** A report with what its place in the queue depends on. */
	record Ranked(Report report, LocalDate dueOn, int overdueDays, LocalDate today, int relevance) {
	}

	/** A value a filter offers, with its label. */
	record Choice(String value, String label) {
	}

	/** What the filters offer. */
	record Choices(List<Choice> villages, List<Choice> officers) {
	}

	/** The access log of one report, with the zone its times are shown in. */
	record AccessLog(long reportId, java.time.ZoneId zone, List<ReportAccessEntry> entries) {
	}

	/** A report opened for reading. */
	record Opened(Report report, boolean withContact, String villageName, String assignedName, LocalDate dueOn,
			int overdueDays) {
	}

}
