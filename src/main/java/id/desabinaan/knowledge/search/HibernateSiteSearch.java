package id.desabinaan.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.SiteSearch;

/**
 * The site search on Hibernate Search. Each word of a query matches title and body in its
 * language after stemming; a word that no document holds is taken as a typo and matches
 * with one edit (fuzzy). Snippets come from Lucene's plain highlighter (the unified one
 * cannot size fragments) with control characters as markers, turned into
 * {@link SiteSearch.Fragment}s: the text never carries markup, pages escape it as any
 * other text.
 */
@Service
class HibernateSiteSearch implements SiteSearch {

	static final String MARK_START = "\u0002";

	static final String MARK_END = "\u0003";

	private static final int SNIPPET_LENGTH = 180;

	private static final String TITLE_HIGHLIGHTER = "title";

	private static final int MAX_WORDS = 10;

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
		String language = "en".equals(query.language()) ? "en" : "id";
		String titleField = "title_" + language;
		String bodyField = "body_" + language;
		int limit = Math.max(1, Math.min(50, query.limit()));
		SearchSession session = Search.session(this.entityManager);
		List<String> words = words(text);
		if (words.isEmpty()) {
			return new Results(0, List.of());
		}
		List<Boolean> known = words.stream().map((word) -> isKnown(session, word, language)).toList();
		SearchResult<List<?>> result = session.search(SearchEntry.class)
			.select((f) -> f.composite()
				.from(f.field("kind", String.class), f.field("sourceKey", String.class), f.field("path", String.class),
						f.field("labelCode", String.class), f.highlight(titleField).highlighter(TITLE_HIGHLIGHTER),
						f.highlight(bodyField))
				.asList())
			.where((f) -> f.bool()
				.filter(f.match().field("language").matching(language))
				.filter(area(f, query.officeId()))
				.must(anyWord(f, words, known, titleField, bodyField)))
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

	/**
	 * Each word matches exactly (after stemming) when some document of the language holds
	 * it, and with one edit otherwise: a typo is forgiven, while a correct word does not
	 * also find its look-alikes ("dagang" would find "datang").
	 */
	private static SearchPredicate anyWord(SearchPredicateFactory f, List<String> words, List<Boolean> known,
			String titleField, String bodyField) {
		var any = f.or();
		for (int i = 0; i < words.size(); i++) {
			var match = f.match().field(titleField).boost(3f).field(bodyField).matching(words.get(i));
			any.add(known.get(i) ? match.toPredicate() : match.fuzzy(1).toPredicate());
		}
		return any.toPredicate();
	}

	private static boolean isKnown(SearchSession session, String word, String language) {
		return session.search(SearchEntry.class)
			.where((f) -> f.bool()
				.filter(f.match().field("language").matching(language))
				.must(f.match().field("title_" + language).field("body_" + language).matching(word)))
			.fetchTotalHitCount() > 0;
	}

	/** The words of a query (letters and digits), each once, at most ten. */
	static List<String> words(String text) {
		return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.distinct()
			.limit(MAX_WORDS)
			.toList();
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
