package id.desabinaan.earlywarning.queue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;

/**
 * Full-text search over report texts (description, place, values of the structured
 * details) in the {@code report} index, analysed with Lucene's Indonesian analyzer like
 * the site search. The index narrows the hits to what the reader may see (the same rules
 * as {@link ReportAccess#readable(CurrentUser)}, on indexed fields), so that an analyst's
 * search is not drowned by other offices' reports; the queue then applies
 * {@link ReportAccess} again in the database, which stays the authority.
 *
 * <p>
 * Lucene's stemmer takes "per-", "ber-" and "ter-" off whole: "perekrutan" becomes
 * "ekrut" while "merekrut" and "rekrut" become "rekrut". Each search word therefore also
 * looks for its variant with the root's first "r" restored or removed
 * ({@link #variants}), so that "perekrutan" finds reports about "merekrut" and the other
 * way round.
 */
@Component
class ReportSearch {

	/** Most hits a search hands to the queue. */
	static final int LIMIT = 2000;

	private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}@._+-]+");

	private static final String[] FIELDS = { "description", "placeText", "details" };

	@PersistenceContext
	private EntityManager entityManager;

	private final ReportAccess access;

	private final OfficeDirectory offices;

	ReportSearch(ReportAccess access, OfficeDirectory offices) {
		this.access = access;
		this.offices = offices;
	}

	/**
	 * Ids of the reports whose texts hold every word (or its variant), among those the
	 * user may read, best match first; at most {@link #LIMIT}.
	 */
	@Transactional(readOnly = true)
	List<Long> ids(CurrentUser user, String text) {
		String query = query(text);
		if (query.isEmpty()) {
			return List.of();
		}
		return Search.session(this.entityManager)
			.search(Report.class)
			.select((f) -> f.id(Long.class))
			.where((f) -> f.bool()
				.must(f.simpleQueryString().fields(FIELDS).matching(query).defaultOperator(BooleanOperator.AND))
				.filter(readable(f, user)))
			.fetchHits(LIMIT);
	}

	/**
	 * The simple-query-string expression: each word or its variants, all words needed.
	 */
	static String query(String text) {
		List<String> clauses = new ArrayList<>();
		for (String word : WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
			String plain = word.replaceAll("^[._+-]+|[._+-]+$", "");
			if (plain.isEmpty()) {
				continue;
			}
			Set<String> forms = variants(plain);
			clauses.add((forms.size() == 1) ? quote(plain)
					: "(" + String.join(" | ", forms.stream().map(ReportSearch::quote).toList()) + ")");
		}
		return String.join(" ", clauses);
	}

	/**
	 * The word and the forms whose stem differs only by the root's first "r": per/ber/ter
	 * + vowel ("perekrutan") also as r + rest ("rekrutan"), me/di + r + vowel
	 * ("merekrut", "direkrut") also as pe + rest ("perekrut").
	 */
	static Set<String> variants(String word) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(word);
		if (word.length() > 5 && word.matches("(per|ber|ter)[aiueo].*")) {
			forms.add("r" + word.substring(3));
		}
		if (word.length() > 5 && word.matches("mer[aiueo].*")) {
			forms.add("pe" + word.substring(2));
		}
		if (word.length() > 5 && word.matches("dir[aiueo].*")) {
			forms.add("pe" + word.substring(2));
		}
		return forms;
	}

	/** A word as a literal term of the simple query string (its operators taken away). */
	private static String quote(String word) {
		return "\"" + word.replace("\"", "") + "\"";
	}

	/** The mirror of {@link ReportAccess#readable(CurrentUser)} on indexed fields. */
	private SearchPredicate readable(SearchPredicateFactory f, CurrentUser user) {
		long accountId = user.accountId();
		return switch (user.role()) {
			case VILLAGE_OFFICIAL -> f.match().field("submittedBy").matching(accountId).toPredicate();
			case OFFICE_STAFF -> f.or(f.match().field("submittedBy").matching(accountId),
					f.match().field("assignedTo").matching(accountId))
				.toPredicate();
			case PIMPASA -> {
				Set<String> codes = this.access.mentoredVillageCodes(user);
				yield f
					.or(f.match().field("submittedBy").matching(accountId),
							f.match().field("assignedTo").matching(accountId),
							codes.isEmpty() ? f.matchNone() : f.terms().field("villageCode").matchingAny(codes))
					.toPredicate();
			}
			case INTEL_ANALYST,
					OFFICE_HEAD ->
				f.terms()
					.field("officeId")
					.matchingAny(this.offices.selfAndDescendants(user.scope().officeId()))
					.toPredicate();
			case NATIONAL_VIEWER, REGIONAL_VIEWER, SYSTEM_ADMIN -> f.matchNone().toPredicate();
		};
	}

}
