package id.desabinaan.earlywarning.subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.earlywarning.ReportReceived;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.earlywarning.report.Reports;

/**
 * Links the subjects a report names to the subjects already known, and proposes likely
 * duplicates. Runs when a report is received, after the intake transaction has committed
 * (a plain synchronous listener that defers to after commit): a failure here never costs
 * the report its receipt, and what could not be linked is picked up by {@link #linkAll()}
 * at the next start when the subject tables are empty, or by linking the report again
 * (idempotent). Logs carry report ids only, never what was named.
 */
@Component
public class SubjectLinker {

	/** The actor of links made by the application itself. */
	public static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(SubjectLinker.class);

	private static final int BATCH = 200;

	private final Reports reports;

	private final Subjects subjects;

	private final ReportSubjectLinks links;

	private final DuplicateDetector duplicates;

	private final SubjectSettings settings;

	private final ReportCalendar calendar;

	private final TransactionTemplate newTransaction;

	SubjectLinker(Reports reports, Subjects subjects, ReportSubjectLinks links, DuplicateDetector duplicates,
			SubjectSettings settings, ReportCalendar calendar, PlatformTransactionManager transactions) {
		this.reports = reports;
		this.subjects = subjects;
		this.links = links;
		this.duplicates = duplicates;
		this.settings = settings;
		this.calendar = calendar;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void onReportReceived(ReportReceived event) {
		long reportId = event.reportId();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					linkQuietly(reportId);
				}
			});
		}
		else {
			linkQuietly(reportId);
		}
	}

	/**
	 * Links one report in a transaction of its own; a failure is logged (with the report
	 * id only) and never thrown. A subject created at the same moment by another report
	 * is found on a second try.
	 * @return whether the report is linked
	 */
	public boolean linkQuietly(long reportId) {
		for (int attempt = 1; attempt <= 2; attempt++) {
			try {
				this.newTransaction.executeWithoutResult((status) -> link(reportId));
				return true;
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt == 2) {
					log.warn("Subjects of a new report not linked: {}", ex.getClass().getSimpleName());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Subjects of a new report not linked: {}", ex.getClass().getSimpleName());
				return false;
			}
		}
		return false;
	}

	/**
	 * Links the subjects the report names (missing links only: linking twice changes
	 * nothing) and proposes duplicates among the village's recent reports.
	 * @return the report's links
	 */
	@Transactional
	public List<ReportSubjectLink> link(long reportId) {
		Optional<Report> found = this.reports.findById(reportId);
		if (found.isEmpty()) {
			return List.of();
		}
		Report report = found.get();
		LocalDate today = this.calendar.today(report.getOfficeId());
		Set<Long> named = new LinkedHashSet<>();
		for (Mention mention : Mention.of(report, this.settings.scanDescription())) {
			Match match = subjectFor(mention, today);
			named.add(match.subject().getId());
			if (!this.links.existsByReportIdAndSubjectIdAndFieldKey(reportId, match.subject().getId(),
					mention.fieldKey())) {
				this.links.save(new ReportSubjectLink(reportId, match.subject().getId(), mention.fieldKey(),
						mention.writtenAs(), match.similarity(), today, SYSTEM));
			}
		}
		this.links.flush();
		this.duplicates.proposeFor(report, named, today);
		return this.links.findByReportIdOrderById(reportId);
	}

	/**
	 * Links every stored report, in batches, each report in its own transaction; reports
	 * already linked are left as they are.
	 * @return how many reports were linked
	 */
	public int linkAll() {
		int linked = 0;
		int page = 0;
		while (true) {
			List<Long> ids = this.reports.findAll(PageRequest.of(page, BATCH, Sort.by("id")))
				.map(Report::getId)
				.getContent();
			for (long id : ids) {
				if (linkQuietly(id)) {
					linked++;
				}
			}
			if (ids.size() < BATCH) {
				return linked;
			}
			page++;
		}
	}

	/**
	 * Links every stored report when no subject is stored yet (the first start with this
	 * feature, or reports loaded before it): a start-up step that is a no-op afterwards.
	 * @return how many reports were linked
	 */
	public int linkAllIfNoneLinked() {
		if (this.subjects.count() > 0 || this.reports.count() == 0) {
			return 0;
		}
		return linkAll();
	}

	/** Links the reports whose submission key starts with the prefix (demo reports). */
	public int linkSubmittedWith(String keyPrefix) {
		Specification<Report> withPrefix = (root, query, cb) -> cb.like(root.get("submissionKey"), keyPrefix + "%");
		int linked = 0;
		for (Report report : this.reports.findAll(withPrefix, Sort.by("id"))) {
			if (linkQuietly(report.getId())) {
				linked++;
			}
		}
		return linked;
	}

	private Match subjectFor(Mention mention, LocalDate today) {
		Optional<Subject> exact = this.subjects.findByKindAndNormalisedKey(mention.kind(), mention.key());
		if (exact.isPresent()) {
			return new Match(exact.get(), null);
		}
		String block = null;
		if (mention.kind() == SubjectKind.PERSON) {
			block = PersonNames.blockKey(mention.key());
			Optional<Match> similar = similarPerson(mention.key(), block);
			if (similar.isPresent()) {
				return similar.get();
			}
		}
		Subject created = this.subjects
			.saveAndFlush(new Subject(mention.kind(), mention.key(), block, mention.display(), today, SYSTEM));
		return new Match(created, null);
	}

	private Optional<Match> similarPerson(String folded, String block) {
		List<Match> candidates = new ArrayList<>();
		for (Subject candidate : this.subjects.findByKindAndBlockKey(SubjectKind.PERSON, block)) {
			double similarity = PersonNames.similarityOfFolded(folded, candidate.getNormalisedKey());
			if (similarity >= this.settings.nameSimilarity()) {
				candidates.add(new Match(candidate, (int) Math.round(similarity * 100)));
			}
		}
		return candidates.stream()
			.max(Comparator.comparingInt((Match match) -> match.similarity())
				.thenComparing((match) -> -match.subject().getId()));
	}

	/** A subject found for a mention, with the name similarity when it was not exact. */
	private record Match(Subject subject, Integer similarity) {
	}

}
