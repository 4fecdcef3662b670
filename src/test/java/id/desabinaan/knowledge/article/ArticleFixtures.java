package id.desabinaan.knowledge.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.account.AccountDraft;
import id.desabinaan.knowledge.ArticleDirectory.Source;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * Editors and articles made for one test, with unique names (the test database is shared
 * by every test and context).
 */
@Component
public class ArticleFixtures {

	public static final String PASSWORD = "Rahasia#Desa2026";

	private final AccountAdministration accounts;

	private final UserDetailsService users;

	private final OfficeDirectory offices;

	private final EditorRights rights;

	private final ArticleService articles;

	public ArticleFixtures(AccountAdministration accounts, UserDetailsService users, OfficeDirectory offices,
			EditorRights rights, ArticleService articles) {
		this.accounts = accounts;
		this.users = users;
		this.offices = offices;
		this.rights = rights;
		this.articles = articles;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	/** A new OFFICE_STAFF account of a Kanim, without editor permission. */
	public CurrentUser staff(String officeCode) {
		String username = unique("redaksi").replace('-', '.');
		long office = this.offices.findByCode(officeCode).orElseThrow().id();
		CurrentUser admin = user("admin");
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			this.accounts.create(admin,
					new AccountDraft(username, "Redaksi " + username, Role.OFFICE_STAFF, office, null, "id", PASSWORD));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
		return user(username);
	}

	/** A new OFFICE_STAFF account of a Kanim with the editor permission. */
	public CurrentUser editor(String officeCode, boolean national) {
		CurrentUser staff = staff(officeCode);
		this.rights.ensureGrant(staff, national, "test");
		return staff;
	}

	/** Complete content in both languages with a word to search for. */
	public static ArticleContent content(String titleId, String titleEn, String bodyId, String bodyEn) {
		LocalDate today = LocalDate.now();
		return new ArticleContent(Topic.PASSPORT, Set.of(Audience.RESIDENTS),
				List.of(new Source("UU No. 6 Tahun 2011 tentang Keimigrasian", "https://www.imigrasi.go.id")), today,
				today, titleId, "Ringkasan " + titleId, bodyId, titleEn, "Summary " + titleEn, bodyEn);
	}

	public static ArticleContent content(String word) {
		return content("Judul " + word, "Title " + word, "## Bagian\n\nIsi tentang " + word + ".",
				"## Part\n\nText about " + word + ".");
	}

	/**
	 * A published article: drafted and sent for review by {@code author}, published by
	 * {@code reviewer}.
	 * @param officeId the Kanim of a local article, {@code null} for national
	 */
	public String published(CurrentUser author, CurrentUser reviewer, Long officeId, ArticleContent content) {
		String slug = unique("uji");
		this.articles.create(author, slug, officeId, content);
		this.articles.submit(author, slug);
		this.articles.publish(reviewer, slug);
		return slug;
	}

	public long officeId(String code) {
		return this.offices.findByCode(code).orElseThrow().id();
	}

}
