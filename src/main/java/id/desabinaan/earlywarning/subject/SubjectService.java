package id.desabinaan.earlywarning.subject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;

/**
 * What the viewer may learn about subjects: a subject's reports and figures, a report's
 * subjects. Everything is scoped by {@link ReportAccess}: only reports the viewer may
 * read are listed or counted, and a subject named only outside his reach is not revealed
 * (404). Subjects are for those who work on reports (office staff, PIMPASA, analysts,
 * heads); village officials see their reports' status only, viewers and administrators
 * see figures in monitoring (403). Every report listed is written to the access log.
 */
@Service
public class SubjectService {

	/** At most this many reports are listed on a subject's page. */
	public static final int LIST_LIMIT = 100;

	private final Subjects subjects;

	private final ReportSubjectLinks links;

	private final Reports reports;

	private final ReportAccess access;

	private final ReportViews views;

	private final ReportLines lines;

	private final DuplicateService duplicates;

	private final EntityManager entityManager;

	SubjectService(Subjects subjects, ReportSubjectLinks links, Reports reports, ReportAccess access, ReportViews views,
			ReportLines lines, DuplicateService duplicates, EntityManager entityManager) {
		this.subjects = subjects;
		this.links = links;
		this.reports = reports;
		this.access = access;
		this.views = views;
		this.lines = lines;
		this.duplicates = duplicates;
		this.entityManager = entityManager;
	}

	/** Whether the user's role works with subjects at all. */
	public static boolean mayUseSubjects(CurrentUser user) {
		return user != null && user.hasRole(Role.OFFICE_STAFF, Role.PIMPASA, Role.INTEL_ANALYST, Role.OFFICE_HEAD);
	}

	/**
	 * A subject with the readable reports naming it.
	 * @param purpose the access-log purpose of each listed report (page or API)
	 */
	@Transactional(readOnly = true)
	public SubjectPage subject(CurrentUser user, long subjectId, String purpose) {
		requireRole(user);
		Subject subject = this.subjects.findById(subjectId)
			.orElseThrow(() -> new NotFoundException("ewsubject.subject.notFound", subjectId));
		Specification<Report> naming = this.access.readable(user).and(naming(subjectId));
		List<Report> found = this.reports
			.findAll(naming, PageRequest.of(0, LIST_LIMIT + 1, Sort.by(Sort.Direction.DESC, "receivedOn", "id")))
			.getContent();
		if (found.isEmpty()) {
			throw new NotFoundException("ewsubject.subject.notFound", subjectId);
		}
		boolean more = found.size() > LIST_LIMIT;
		List<Report> listed = more ? found.subList(0, LIST_LIMIT) : found;
		Map<Long, List<String>> writtenAs = this.links.findBySubjectIdIn(List.of(subjectId))
			.stream()
			.collect(Collectors.groupingBy(ReportSubjectLink::getReportId,
					Collectors.mapping(ReportSubjectLink::getWrittenAs, Collectors.toList())));
		ReportLines.Builder builder = this.lines.builder();
		List<SubjectPage.NamingReport> rows = new ArrayList<>();
		for (Report report : listed) {
			this.views.record(user, report, purpose, false);
			rows.add(new SubjectPage.NamingReport(builder.of(report),
					writtenAs.getOrDefault(report.getId(), List.of()).stream().distinct().toList()));
		}
		return new SubjectPage(line(subject, counts(user, Set.of(subjectId))), rows, more);
	}

	/**
	 * The subjects a readable report names, each with its figures in the viewer's reach;
	 * the view is written to the access log.
	 */
	@Transactional(readOnly = true)
	public ReportSubjects ofReport(CurrentUser user, long reportId, String purpose) {
		requireRole(user);
		Report report = this.access.readable(user, reportId);
		this.views.record(user, report, purpose, false);
		List<ReportSubjectLink> named = this.links.findByReportIdOrderById(reportId);
		Set<Long> ids = named.stream().map(ReportSubjectLink::getSubjectId).collect(Collectors.toSet());
		Map<Long, Subject> known = this.subjects.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Subject::getId, Function.identity()));
		Map<Long, long[]> counts = counts(user, ids);
		List<ReportSubjects.NamedSubject> subjects = new ArrayList<>();
		for (ReportSubjectLink link : named) {
			Subject subject = known.get(link.getSubjectId());
			subjects.add(new ReportSubjects.NamedSubject(line(subject, counts), link.getFieldKey(), link.getWrittenAs(),
					link.getSimilarity()));
		}
		ReportLines.Builder builder = this.lines.builder();
		Specification<Report> mergedHere = (root, query, cb) -> cb.equal(root.get("mergedInto"), reportId);
		List<ReportLine> mergedFrom = this.reports.findAll(this.access.readable(user).and(mergedHere), Sort.by("id"))
			.stream()
			.map(builder::of)
			.toList();
		return new ReportSubjects(builder.of(report), subjects, mergedFrom,
				this.duplicates.openFor(user, reportId, builder));
	}

	private static Specification<Report> naming(long subjectId) {
		return (root, query, cb) -> {
			Subquery<Long> named = query.subquery(Long.class);
			Root<ReportSubjectLink> link = named.from(ReportSubjectLink.class);
			named.select(link.get("reportId")).where(cb.equal(link.get("subjectId"), subjectId));
			return root.get("id").in(named);
		};
	}

	/**
	 * Per subject: readable reports (not merged into another) naming it, and their
	 * distinct villages.
	 */
	private Map<Long, long[]> counts(CurrentUser user, Collection<Long> subjectIds) {
		Map<Long, long[]> counts = new HashMap<>();
		if (subjectIds.isEmpty()) {
			return counts;
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<ReportSubjectLink> link = query.from(ReportSubjectLink.class);
		Root<Report> report = query.from(Report.class);
		query
			.multiselect(link.get("subjectId"), cb.countDistinct(report.get("id")),
					cb.countDistinct(report.get("villageCode")))
			.where(cb.equal(link.get("reportId"), report.get("id")), link.get("subjectId").in(subjectIds),
					cb.isNull(report.get("mergedInto")), this.access.readable(user).toPredicate(report, query, cb))
			.groupBy(link.get("subjectId"));
		for (Tuple row : this.entityManager.createQuery(query).getResultList()) {
			counts.put(row.get(0, Long.class), new long[] { row.get(1, Long.class), row.get(2, Long.class) });
		}
		return counts;
	}

	private static SubjectLine line(Subject subject, Map<Long, long[]> counts) {
		long[] figures = counts.getOrDefault(subject.getId(), new long[] { 0, 0 });
		return new SubjectLine(subject.getId(), subject.getKind(), subject.getNormalisedKey(),
				subject.getDisplayValue(), figures[0], figures[1]);
	}

	static void requireRole(CurrentUser user) {
		if (!mayUseSubjects(user)) {
			throw new AccessDeniedException("This role does not work with report subjects");
		}
	}

}
