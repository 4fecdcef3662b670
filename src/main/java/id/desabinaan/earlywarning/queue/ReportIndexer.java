package id.desabinaan.earlywarning.queue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.earlywarning.report.Report;

/**
 * Keeps the {@code report} search index whole: when the application is ready, an index
 * holding fewer or more documents than there are reports (a new node, a deleted
 * {@code ./data/index}, reports stored before the index existed) is rebuilt from the
 * table with the mass indexer. Afterwards Hibernate Search indexes every report change
 * when its transaction commits.
 */
@Component
class ReportIndexer {

	private static final Logger log = LoggerFactory.getLogger(ReportIndexer.class);

	@PersistenceContext
	private EntityManager entityManager;

	private final TransactionTemplate transactions;

	ReportIndexer(TransactionTemplate transactions) {
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() throws InterruptedException {
		long[] counts = this.transactions.execute((status) -> new long[] {
				this.entityManager.createQuery("select count(r) from Report r", Long.class).getSingleResult(),
				Search.session(this.entityManager)
					.search(Report.class)
					.where((f) -> f.matchAll())
					.fetchTotalHitCount() });
		if (counts[0] == counts[1]) {
			return;
		}
		long started = System.nanoTime();
		Search.mapping(this.entityManager.getEntityManagerFactory())
			.scope(Report.class)
			.massIndexer()
			.threadsToLoadObjects(1)
			.startAndWait();
		log.info("Report index rebuilt ({} reports, {} were indexed) in {} ms", counts[0], counts[1],
				(System.nanoTime() - started) / 1_000_000);
	}

}
