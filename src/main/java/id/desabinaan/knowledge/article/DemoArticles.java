package id.desabinaan.knowledge.article;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.CurrentUser;

/**
 * Demo data of the knowledge base: {@code staf.wonosobo} is an editor (national and Kanim
 * Wonosobo's local articles); Kanim Wonosobo has one published local article (address,
 * opening hours, service days) from {@value #LOCAL} and one local article still in draft
 * ({@value #DRAFT}, next year's service days). Idempotent.
 */
@Component
@Order(510)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoArticles implements ApplicationRunner {

	static final String LOCAL = "classpath:data/knowledge/demo/";

	static final String EDITOR = "staf.wonosobo";

	static final String DRAFT = "jadwal-layanan-keliling-wonosobo";

	private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

	private final Articles articles;

	private final EditorRights rights;

	private final UserDetailsService users;

	private final OfficeDirectory offices;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoArticles(Articles articles, EditorRights rights, UserDetailsService users, OfficeDirectory offices,
			TransactionTemplate transactions, Clock clock) {
		this.articles = articles;
		this.rights = rights;
		this.users = users;
		this.offices = offices;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser editor;
		try {
			editor = (CurrentUser) this.users.loadUserByUsername(EDITOR);
		}
		catch (UsernameNotFoundException ex) {
			log.warn("Demo editor {} is missing; no demo articles", EDITOR);
			return;
		}
		this.rights.ensureGrant(editor, true, "demo");
		this.transactions.executeWithoutResult((status) -> {
			StarterFile.readAll(LOCAL).forEach(this::ensure);
			ensureDraft(editor);
		});
	}

	private void ensureDraft(CurrentUser editor) {
		if (this.articles.existsBySlug(DRAFT) || editor.scope().officeId() == null) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		ArticleContent content = new ArticleContent(Topic.OFFICE_SERVICES, Set.of(Audience.VILLAGE_OFFICIALS),
				List.of(), today, today, "Jadwal layanan paspor keliling 2027 (draf)",
				"Kecamatan yang akan dikunjungi layanan paspor keliling Kantor Imigrasi Wonosobo.",
				"## Jadwal\n\nAkan diisi setelah rapat dengan kecamatan.", "", "", "");
		this.articles.save(Article.draft(DRAFT, editor.scope().officeId(), content, editor.accountId()));
	}

	private void ensure(StarterFile file) {
		if (this.articles.existsBySlug(file.slug())) {
			return;
		}
		Long office = this.offices.findByCode(file.officeCode()).map(OfficeSummary::id).orElse(null);
		if (office == null) {
			log.warn("Demo article {}: office {} is missing", file.slug(), file.officeCode());
			return;
		}
		this.articles
			.save(Article.starter(file.slug(), office, file.content(), null, file.reviewer(), this.clock.instant()));
	}

}
