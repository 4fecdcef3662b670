package id.desabinaan.knowledge.search;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.knowledge.SiteSearchDocument;
import id.desabinaan.knowledge.SiteSearchSource;
import id.desabinaan.shared.InvalidInputException;

/**
 * Keeps the search entries equal to what the sources deliver. When the application is
 * ready (after every start-up loader) it rebuilds an empty index from the table with the
 * mass indexer (a new node, a deleted {@code ./data/index}), then reads every source and
 * writes only what changed; Hibernate Search indexes those changes when the transaction
 * commits.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private static final Pattern KIND = Pattern.compile("[a-z0-9-]{1,40}");

	@PersistenceContext
	private EntityManager entityManager;

	private final SearchEntries entries;

	private final ObjectProvider<SiteSearchSource> sources;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SearchIndexer(SearchEntries entries, ObjectProvider<SiteSearchSource> sources, TransactionTemplate transactions,
			Clock clock) {
		this.entries = entries;
		this.sources = sources;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() throws InterruptedException {
		long started = System.nanoTime();
		boolean empty = Boolean.TRUE.equals(this.transactions.execute((status) -> indexIsEmpty()));
		if (empty) {
			Search.mapping(this.entityManager.getEntityManagerFactory())
				.scope(SearchEntry.class)
				.massIndexer()
				.threadsToLoadObjects(1)
				.startAndWait();
		}
		long indexed = System.nanoTime();
		StringBuilder counts = new StringBuilder();
		for (SiteSearchSource source : this.sources.orderedStream().toList()) {
			long before = System.nanoTime();
			Integer count = this.transactions.execute((status) -> refresh(source));
			counts.append(", ")
				.append(source.kind())
				.append(": ")
				.append(count)
				.append(" changed in ")
				.append((System.nanoTime() - before) / 1_000_000)
				.append(" ms");
		}
		log.info("Site search ready in {} ms ({} in {} ms{})", (System.nanoTime() - started) / 1_000_000,
				empty ? "empty index rebuilt" : "index kept", (indexed - started) / 1_000_000, counts);
	}

	private boolean indexIsEmpty() {
		SearchSession session = Search.session(this.entityManager);
		return session.search(SearchEntry.class).where((f) -> f.matchAll()).fetchTotalHitCount() == 0;
	}

	@Transactional
	public void refresh(String kind) {
		refresh(source(kind));
	}

	/** Writes every document of a source (also one that is not a bean). */
	@Transactional
	int refresh(SiteSearchSource source) {
		return sync(source, source.documents(), null);
	}

	@Transactional
	public void refresh(String kind, String key) {
		SiteSearchSource source = source(kind);
		sync(source, source.documents(key), key);
	}

	private SiteSearchSource source(String kind) {
		return this.sources.orderedStream()
			.filter((source) -> source.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("kind", "article.search.unknownKind", kind));
	}

	/**
	 * Writes the documents of a source (or of one key of it) and drops the entries it no
	 * longer delivers; the number of entries added, changed or removed.
	 */
	private int sync(SiteSearchSource source, List<SiteSearchDocument> documents, String onlyKey) {
		String kind = source.kind();
		if (!KIND.matcher(kind).matches()) {
			throw new IllegalStateException("Search source kind must be lower-case letters, digits or dashes: " + kind);
		}
		Instant now = this.clock.instant();
		List<SearchEntry> existing = (onlyKey != null) ? this.entries.findByKindAndSourceKey(kind, onlyKey)
				: this.entries.findByKind(kind);
		Map<String, SearchEntry> byKey = new HashMap<>();
		existing.forEach((entry) -> byKey.put(entry.key() + "\u0000" + entry.language(), entry));
		int changed = 0;
		for (SiteSearchDocument document : documents) {
			if (!kind.equals(document.kind()) || (onlyKey != null && !onlyKey.equals(document.key()))) {
				continue;
			}
			SearchEntry entry = byKey.remove(document.key() + "\u0000" + document.language());
			if (entry == null) {
				this.entries.save(new SearchEntry(document, now));
				changed++;
			}
			else if (entry.update(document, now)) {
				changed++;
			}
		}
		this.entries.deleteAll(byKey.values());
		return changed + byKey.size();
	}

}
