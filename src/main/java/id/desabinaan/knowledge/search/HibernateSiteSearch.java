package id.desabinaan.knowledge.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.SiteSearch;

/**
 * The site search on Hibernate Search. A query matches title and body in its language
 * twice: exactly (after stemming, boosted) and with one edit per word (fuzzy), so that
 * exact words rank above typo matches. Snippets come from Lucene's plain highlighter (the
 * unified one cannot size fragments) with control characters as markers, turned into
 * {@link SiteSearch.Fragment}s: the text never carries markup, pages escape it as any
 * other text.
 */
@Service
class HibernateSiteSearch implements SiteSearch {

	static final String MARK_START = "\u0002";

	static final String MARK_END = "\u0003";

	private static final int SNIPPET_LENGTH = 180;

	private static final String TITLE_HIGHLIGHTER = "title";

	@PersistenceContext
	private EntityManager entityManager;

	private final SearchIndexer indexer;

	HibernateSiteSearch(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	@Transactional(readOnly = true)
	public Results search(Query query) {
		String text = normalize(query.text());
		if (text.isEmpty()) {
			return new Results(0, List.of());
		}
		String language = "en".equals(query.language()) ? "en" : "id";
		String titleField = "title_" + language;
		String bodyField = "body_" + language;
		int limit = Math.max(1, Math.min(50, query.limit()));
		SearchResult<List<?>> result = Search.session(this.entityManager)
			.search(SearchEntry.class)
			.select((f) -> f.composite()
				.from(f.field("kind", String.class), f.field("sourceKey", String.class), f.field("path", String.class),
						f.field("labelCode", String.class), f.highlight(titleField).highlighter(TITLE_HIGHLIGHTER),
						f.highlight(bodyField))
				.asList())
			.where((f) -> f.bool()
				.filter(f.match().field("language").matching(language))
				.filter(area(f, query.officeId()))
				.must(f.or(f.match().field(titleField).boost(3f).field(bodyField).matching(text).boost(2f),
						f.match().field(titleField).boost(3f).field(bodyField).matching(text).fuzzy(1))))
			.highlighter((f) -> f.plain()
				.tag(MARK_START, MARK_END)
				.fragmentSize(SNIPPET_LENGTH)
				.noMatchSize(SNIPPET_LENGTH)
				.numberOfFragments(1))
			.highlighter(TITLE_HIGHLIGHTER,
					(f) -> f.plain().tag(MARK_START, MARK_END).fragmentSize(400).noMatchSize(400).numberOfFragments(1))
			.fetch(limit);
		List<Hit> hits = new ArrayList<>();
		for (List<?> row : result.hits()) {
			hits.add(new Hit((String) row.get(0), (String) row.get(1), fragments(first(row.get(4))),
					fragments(first(row.get(5))), (String) row.get(2), (String) row.get(3)));
		}
		return new Results(result.total().hitCount(), hits);
	}

	/** National documents, and the local ones of the serving Kanim when it is known. */
	private static SearchPredicate area(SearchPredicateFactory f, Long officeId) {
		SearchPredicate national = f.not(f.exists().field("officeId")).toPredicate();
		if (officeId == null) {
			return national;
		}
		return f.or(national, f.match().field("officeId").matching(officeId).toPredicate()).toPredicate();
	}

	@Override
	public void refresh(String kind) {
		this.indexer.refresh(kind);
	}

	@Override
	public void refresh(String kind, String key) {
		this.indexer.refresh(kind, key);
	}

	/**
	 * The query as searched: no control characters (the highlighter's markers), single
	 * spaces, at most {@link SiteSearch#MAX_QUERY_LENGTH} characters.
	 */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String plain = text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
		return (plain.length() <= MAX_QUERY_LENGTH) ? plain : plain.substring(0, MAX_QUERY_LENGTH).strip();
	}

	private static String first(Object highlights) {
		return (highlights instanceof List<?> list && !list.isEmpty()) ? (String) list.get(0) : "";
	}

	/** Splits highlighted text at its markers. */
	static List<Fragment> fragments(String highlighted) {
		List<Fragment> fragments = new ArrayList<>();
		int at = 0;
		while (at < highlighted.length()) {
			int start = highlighted.indexOf(MARK_START, at);
			if (start < 0) {
				fragments.add(new Fragment(highlighted.substring(at), false));
				break;
			}
			if (start > at) {
				fragments.add(new Fragment(highlighted.substring(at, start), false));
			}
			int end = highlighted.indexOf(MARK_END, start);
			if (end < 0) {
				end = highlighted.length();
			}
			fragments.add(new Fragment(highlighted.substring(start + 1, end), true));
			at = end + 1;
		}
		return fragments;
	}

}
