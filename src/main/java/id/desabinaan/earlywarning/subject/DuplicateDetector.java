package id.desabinaan.earlywarning.subject;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.Reports;

/**
 * Proposes pairs of likely duplicate reports: same village and category, received within
 * {@link DuplicateSettings#windowDays()} of each other, not merged, and sharing a subject
 * or with descriptions that share most of their words. A pair is proposed once: a
 * rejected pair is not proposed again.
 *
 * <p>
 * The score (0 to 100) orders the list: 50 for each shared phone, account or plate, 25
 * for each shared person or agency, and half the description overlap in percent.
 */
@Component
class DuplicateDetector {

	/** Words too common to tell two descriptions apart. */
	static final Set<String> STOP_WORDS = Set.of("yang", "dan", "dari", "untuk", "dengan", "ini", "itu", "ada", "akan",
			"sudah", "tidak", "juga", "karena", "oleh", "pada", "para", "kami", "saya", "dia", "mereka", "the", "and",
			"for", "with", "that", "this", "was", "are");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final Reports reports;

	private final ReportSubjectLinks links;

	private final Subjects subjects;

	private final DuplicateProposals proposals;

	private final DuplicateSettings settings;

	DuplicateDetector(Reports reports, ReportSubjectLinks links, Subjects subjects, DuplicateProposals proposals,
			DuplicateSettings settings) {
		this.reports = reports;
		this.links = links;
		this.subjects = subjects;
		this.proposals = proposals;
		this.settings = settings;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void proposeFor(Report report, Set<Long> named, LocalDate today) {
		if (report.getMergedInto() != null) {
			return;
		}
		List<Report> candidates = candidates(report);
		if (candidates.isEmpty()) {
			return;
		}
		Map<Long, Set<Long>> namedBy = this.links.findByReportIdIn(candidates.stream().map(Report::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ReportSubjectLink::getReportId,
					Collectors.mapping(ReportSubjectLink::getSubjectId, Collectors.toSet())));
		Map<Long, Subject> known = this.subjects.findAllById(named)
			.stream()
			.collect(Collectors.toMap(Subject::getId, Function.identity()));
		Set<String> words = words(report.getDescription());
		for (Report candidate : candidates) {
			long first = Math.min(report.getId(), candidate.getId());
			long second = Math.max(report.getId(), candidate.getId());
			if (this.proposals.findByReportAAndReportB(first, second).isPresent()) {
				continue;
			}
			List<String> reasons = new ArrayList<>();
			int score = 0;
			for (long subjectId : named) {
				if (namedBy.getOrDefault(candidate.getId(), Set.of()).contains(subjectId)) {
					reasons.add("SUBJECT:" + subjectId);
					Subject subject = known.get(subjectId);
					score += (subject != null && subject.getKind().strong()) ? 50 : 25;
				}
			}
			double alike = overlap(words, words(candidate.getDescription()));
			if (alike >= this.settings.descriptionSimilarity()) {
				int percent = (int) Math.round(alike * 100);
				reasons.add("DESCRIPTION:" + percent);
				score += percent / 2;
			}
			if (!reasons.isEmpty()) {
				this.proposals.save(new DuplicateProposal(first, second, report.getOfficeId(), Math.min(100, score),
						reasons, today, SubjectLinker.SYSTEM));
			}
		}
	}

	private List<Report> candidates(Report report) {
		LocalDate from = report.getReceivedOn().minusDays(this.settings.windowDays());
		LocalDate to = report.getReceivedOn().plusDays(this.settings.windowDays());
		long id = report.getId();
		Specification<Report> sameMatter = (root, query, cb) -> cb.and(
				cb.equal(root.get("villageCode"), report.getVillageCode()),
				cb.equal(root.get("category"), report.getCategory()), cb.notEqual(root.get("id"), id),
				cb.isNull(root.get("mergedInto")), cb.between(root.get("receivedOn"), from, to));
		return this.reports
			.findAll(sameMatter, PageRequest.of(0, Math.max(1, this.settings.maxCandidates()),
					Sort.by(Sort.Direction.DESC, "receivedOn", "id")))
			.getContent();
	}

	/** The words of a description that tell it apart: folded, three letters or more. */
	static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		if (text == null) {
			return words;
		}
		String plain = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
			.replaceAll("");
		for (String word : NOT_WORD.split(plain)) {
			if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** Share of words in common (Jaccard): 0 for nothing alike, 1 for the same words. */
	static double overlap(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return (double) common.size() / all.size();
	}

}
