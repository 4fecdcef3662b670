package id.desabinaan.knowledge.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the content shipped with the platform, in every profile, after the demo data of
 * the modules before it: the starter articles under {@value #ARTICLES} (version 1 of
 * each, published) and the help contacts of {@value #CONTACTS}. Idempotent: an article is
 * created once; a file whose {@code revision} was raised by a later release adds a new
 * version (published when editors have not changed the article, in review beside their
 * work otherwise); a help contact is added once by its code and never overwritten.
 */
@Component
@Order(510)
class StarterArticles implements ApplicationRunner {

	static final String ARTICLES = "classpath:data/knowledge/articles/";

	static final String CONTACTS = "data/knowledge/help-contacts.yml";

	private static final Logger log = LoggerFactory.getLogger(StarterArticles.class);

	private final Articles articles;

	private final HelpContacts contacts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	StarterArticles(Articles articles, HelpContacts contacts, TransactionTemplate transactions, Clock clock) {
		this.articles = articles;
		this.contacts = contacts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int changed = 0;
		for (StarterFile file : StarterFile.readAll(ARTICLES)) {
			Boolean applied = this.transactions.execute((status) -> apply(file));
			changed += Boolean.TRUE.equals(applied) ? 1 : 0;
		}
		Integer added = this.transactions.execute((status) -> loadContacts());
		log.info("Starter articles: {} created or updated; help contacts: {} added", changed, added);
	}

	/**
	 * Creates the article or adds the file's newer revision; whether anything changed.
	 */
	boolean apply(StarterFile file) {
		return this.articles.findBySlug(file.slug())
			.map((article) -> article.applyStarterRevision(file.content(), file.revision(), file.reviewer(),
					this.clock.instant()))
			.orElseGet(() -> {
				this.articles.save(Article.starter(file.slug(), null, file.content(), file.revision(), file.reviewer(),
						this.clock.instant()));
				return true;
			});
	}

	@SuppressWarnings("unchecked")
	private int loadContacts() {
		Map<String, Object> data;
		try (InputStream in = new ClassPathResource(CONTACTS).getInputStream()) {
			data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + CONTACTS, ex);
		}
		int added = 0;
		for (Map<String, Object> row : (List<Map<String, Object>>) data.get("contacts")) {
			String code = String.valueOf(row.get("code"));
			if (this.contacts.existsByCode(code)) {
				continue;
			}
			HelpContactData contact = new HelpContactData(((Number) row.get("position")).intValue(),
					text(row, "name-id"), text(row, "name-en"), text(row, "phone"), text(row, "website"),
					text(row, "note-id"), text(row, "note-en"), date(row.get("last-checked")), true);
			contact.check();
			this.contacts.save(new HelpContact(code, contact));
			added++;
		}
		return added;
	}

	private static String text(Map<String, Object> row, String key) {
		return (row.get(key) != null) ? String.valueOf(row.get(key)) : null;
	}

	private static LocalDate date(Object value) {
		return (value instanceof Date date) ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
				: LocalDate.parse(String.valueOf(value));
	}

}
