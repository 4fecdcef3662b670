package id.desabinaan.knowledge.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.SiteSearch;
import id.desabinaan.knowledge.article.EditorRights.Rights;
import id.desabinaan.knowledge.article.MarkdownRenderer.Rendered;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The editorial workflow of the staff pages. Every staff member reads national articles
 * and the local articles of the offices his scope covers (others are not found); village
 * officials are refused. Editors ({@link EditorRights}) draft, edit and send for review;
 * a different editor publishes (no self-review). Publishing and retiring update the
 * search index in the same transaction and are written to the audit log.
 */
@Service
public class ArticleService {

	static final String AUDIT_PUBLISHED = "ARTICLE_PUBLISHED";

	static final String AUDIT_RETIRED = "ARTICLE_RETIRED";

	private final Articles articles;

	private final EditorRights rights;

	private final OfficeDirectory offices;

	private final PublicArticles published;

	private final SiteSearch search;

	private final AuditLog audit;

	private final Clock clock;

	ArticleService(Articles articles, EditorRights rights, OfficeDirectory offices, PublicArticles published,
			SiteSearch search, AuditLog audit, Clock clock) {
		this.articles = articles;
		this.rights = rights;
		this.offices = offices;
		this.published = published;
		this.search = search;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An article in the staff list.
	 *
	 * @param slug its address part
	 * @param title the latest version's Indonesian title
	 * @param topic the latest version's topic
	 * @param office the Kanim of a local article, {@code null} for national content
	 * @param publishedNumber the published version's number, {@code null} if none
	 * @param open the state of the open version (draft, in review), {@code null} if none
	 * @param changedAt the latest change of any version
	 */
	public record Row(String slug, String title, Topic topic, OfficeSummary office, Integer publishedNumber,
			VersionState open, Instant changedAt) {
	}

	/**
	 * What the caller may do with one article now.
	 *
	 * @param edit edit the open draft
	 * @param startDraft start a new draft from the latest version
	 * @param submit send the draft for review
	 * @param sendBack send the version in review back to draft
	 * @param publish publish the version in review (he wrote none of it)
	 * @param retire withdraw the published version
	 */
	public record Permissions(boolean edit, boolean startDraft, boolean submit, boolean sendBack, boolean publish,
			boolean retire) {

		public boolean any() {
			return this.edit || this.startDraft || this.submit || this.sendBack || this.publish || this.retire;
		}

	}

	/**
	 * One version as the staff pages list it.
	 *
	 * @param number its number
	 * @param state where it stands
	 * @param origin editor or starter content
	 * @param title Indonesian title
	 * @param createdBy who started it
	 * @param changedBy who changed it last
	 * @param changedAt when
	 * @param reviewer who published it
	 * @param publishedAt when
	 * @param note why it was sent back or retired
	 */
	public record VersionRow(int number, VersionState state, Origin origin, String title, String createdBy,
			String changedBy, Instant changedAt, String reviewer, Instant publishedAt, String note) {
	}

	/**
	 * An article on its staff page.
	 *
	 * @param slug its address part
	 * @param office the Kanim of a local article, {@code null} for national content
	 * @param title the latest version's Indonesian title
	 * @param publishedNumber the number residents read, {@code null} if none
	 * @param open the open version, {@code null} if none
	 * @param versions every version, newest first
	 * @param may what the caller may do
	 */
	public record Overview(String slug, OfficeSummary office, String title, Integer publishedNumber, VersionRow open,
			List<VersionRow> versions, Permissions may) {
	}

	/**
	 * One version with its content, rendered as residents would read it.
	 *
	 * @param slug the article
	 * @param row the version's list entry
	 * @param content its content
	 * @param htmlId the Indonesian body, rendered and sanitised
	 * @param htmlEn the English body, rendered and sanitised
	 */
	public record VersionDetail(String slug, VersionRow row, ArticleContent content, String htmlId, String htmlEn) {
	}

	/**
	 * Two versions side by side.
	 *
	 * @param slug the article
	 * @param older the older version
	 * @param newer the newer version
	 * @param language the language compared
	 * @param title title lines
	 * @param summary summary lines
	 * @param body body lines
	 * @param metadata topic, audiences, dates and sources as lines
	 */
	public record Comparison(String slug, VersionRow older, VersionRow newer, String language,
			List<LineDiff.Line> title, List<LineDiff.Line> summary, List<LineDiff.Line> body,
			List<LineDiff.Line> metadata) {
	}

	/**
	 * What a new article form offers: may the caller choose national, and which offices.
	 */
	public record Choices(boolean national, List<OfficeSummary> offices) {
	}

	@Transactional(readOnly = true)
	public List<Row> list(CurrentUser user) {
		requireStaff(user);
		return this.articles.findAllByOrderBySlug()
			.stream()
			.filter((article) -> visible(user, article))
			.map((article) -> {
				ArticleVersion latest = article.latest();
				return new Row(article.getSlug(), latest.title("id"), latest.getTopic(), office(article.getOfficeId()),
						article.published().map(ArticleVersion::getNumber).orElse(null),
						article.openVersion().map(ArticleVersion::getState).orElse(null), lastChange(article));
			})
			.sorted(Comparator.comparing(Row::changedAt).reversed())
			.toList();
	}

	@Transactional(readOnly = true)
	public Rights rights(CurrentUser user) {
		return this.rights.rightsOf(user);
	}

	@Transactional(readOnly = true)
	public Choices choices(CurrentUser user) {
		Rights rights = this.rights.rightsOf(user);
		if (!rights.isEditor()) {
			throw new AccessDeniedException("Only editors write articles");
		}
		List<OfficeSummary> local = rights.everything()
				? this.offices.all().stream().filter((office) -> office.level() == OfficeLevel.OFFICE).toList()
				: this.offices.find(rights.officeId()).stream().toList();
		return new Choices(rights.national(), local);
	}

	@Transactional(readOnly = true)
	public Overview overview(CurrentUser user, String slug) {
		Article article = visibleArticle(user, slug);
		ArticleVersion latest = article.latest();
		return new Overview(article.getSlug(), office(article.getOfficeId()), latest.title("id"),
				article.published().map(ArticleVersion::getNumber).orElse(null),
				article.openVersion().map(ArticleService::row).orElse(null),
				article.getVersions()
					.stream()
					.sorted(Comparator.comparingInt(ArticleVersion::getNumber).reversed())
					.map(ArticleService::row)
					.toList(),
				permissions(user, article));
	}

	@Transactional(readOnly = true)
	public VersionDetail version(CurrentUser user, String slug, int number) {
		Article article = visibleArticle(user, slug);
		ArticleVersion version = article.version(number)
			.orElseThrow(() -> new NotFoundException("article.version.notFound", slug, number));
		Rendered id = this.published.render(version, "id");
		Rendered en = this.published.render(version, "en");
		return new VersionDetail(slug, row(version), version.content(), id.html(), en.html());
	}

	/** The content of the open draft, for the editing form. */
	@Transactional(readOnly = true)
	public ArticleContent draft(CurrentUser user, String slug) {
		Article article = editable(user, slug);
		return article.openVersion()
			.filter((version) -> version.getState() == VersionState.DRAFT)
			.map(ArticleVersion::content)
			.orElseThrow(() -> new RuleViolationException("state", "article.error.noDraft"));
	}

	/**
	 * A new article with its first draft.
	 * @param officeId the Kanim of a local article, {@code null} for national content
	 */
	@Transactional
	public String create(CurrentUser user, String slug, Long officeId, ArticleContent content) {
		Rights rights = this.rights.rightsOf(user);
		if (!rights.isEditor()) {
			throw new AccessDeniedException("Only editors write articles");
		}
		if (officeId != null && this.offices.find(officeId).filter((o) -> o.level() == OfficeLevel.OFFICE).isEmpty()) {
			throw new InvalidInputException("officeId", "article.error.office");
		}
		if (!rights.mayEdit(officeId)) {
			throw new InvalidInputException("officeId", "article.error.office");
		}
		String value = (slug != null) ? slug.strip() : "";
		if (this.articles.existsBySlug(value)) {
			throw new RuleViolationException("slug", "article.error.slug.taken", value);
		}
		Article article = Article.draft(value, officeId, content, user.accountId());
		try {
			this.articles.saveAndFlush(article);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("slug", "article.error.slug.taken", value);
		}
		return article.getSlug();
	}

	@Transactional
	public void saveDraft(CurrentUser user, String slug, ArticleContent content) {
		editable(user, slug).edit(content, user.accountId());
	}

	@Transactional
	public void startDraft(CurrentUser user, String slug) {
		editable(user, slug).startDraft(user.accountId());
	}

	@Transactional
	public void submit(CurrentUser user, String slug) {
		editable(user, slug).submit(this.clock.instant());
	}

	@Transactional
	public void sendBack(CurrentUser user, String slug, String note) {
		editable(user, slug).returnToDraft(note);
	}

	@Transactional
	public void publish(CurrentUser user, String slug) {
		Article article = editable(user, slug);
		article.publish(user.accountId(), user.displayName(), this.clock.instant());
		this.articles.flush();
		this.search.refresh(ArticleSearchSource.KIND, slug);
		this.audit.record(user.getUsername(), AUDIT_PUBLISHED, "article:" + slug, Outcome.SUCCESS,
				article.getOfficeId(), "version " + article.published().orElseThrow().getNumber());
	}

	@Transactional
	public void retire(CurrentUser user, String slug, String reason) {
		Article article = editable(user, slug);
		article.retire(reason);
		this.articles.flush();
		this.search.refresh(ArticleSearchSource.KIND, slug);
		this.audit.record(user.getUsername(), AUDIT_RETIRED, "article:" + slug, Outcome.SUCCESS, article.getOfficeId(),
				null);
	}

	/**
	 * Two versions of an article, line by line, in one language; the lower number is the
	 * older.
	 */
	@Transactional(readOnly = true)
	public Comparison compare(CurrentUser user, String slug, int first, int second, String language) {
		Article article = visibleArticle(user, slug);
		ArticleVersion a = article.version(Math.min(first, second))
			.orElseThrow(() -> new NotFoundException("article.version.notFound", slug, Math.min(first, second)));
		ArticleVersion b = article.version(Math.max(first, second))
			.orElseThrow(() -> new NotFoundException("article.version.notFound", slug, Math.max(first, second)));
		String lang = PublicArticles.language(language);
		return new Comparison(slug, row(a), row(b), lang, LineDiff.of(a.title(lang), b.title(lang)),
				LineDiff.of(a.summary(lang), b.summary(lang)), LineDiff.of(a.body(lang), b.body(lang)),
				LineDiff.of(metadata(a), metadata(b)));
	}

	/** Topic, audiences, dates and sources as lines, so that their changes show too. */
	private static String metadata(ArticleVersion version) {
		StringBuilder lines = new StringBuilder();
		lines.append("topic: ").append(version.getTopic()).append('\n');
		lines.append("audience: ").append(version.getAudiences()).append('\n');
		lines.append("valid-from: ").append(version.getValidFrom()).append('\n');
		lines.append("last-checked: ").append(version.getLastChecked());
		version.getSources()
			.forEach((source) -> lines.append("\nsource: ")
				.append(source.getTitle())
				.append((source.getUrl() != null) ? " | " + source.getUrl() : ""));
		return lines.toString();
	}

	private Permissions permissions(CurrentUser user, Article article) {
		Rights rights = this.rights.rightsOf(user);
		if (!rights.mayEdit(article.getOfficeId())) {
			return new Permissions(false, false, false, false, false, false);
		}
		VersionState open = article.openVersion().map(ArticleVersion::getState).orElse(null);
		boolean author = article.openVersion().map((version) -> version.isAuthor(user.accountId())).orElse(false);
		return new Permissions(open == VersionState.DRAFT, open == null, open == VersionState.DRAFT,
				open == VersionState.IN_REVIEW, open == VersionState.IN_REVIEW && !author,
				article.published().isPresent());
	}

	private Article visibleArticle(CurrentUser user, String slug) {
		requireStaff(user);
		return this.articles.findBySlug(slug)
			.filter((article) -> visible(user, article))
			.orElseThrow(() -> new NotFoundException("article.notFound", slug));
	}

	/**
	 * An article the caller may see and edit; 404 if he may not see it, 403 if not edit.
	 */
	private Article editable(CurrentUser user, String slug) {
		Article article = visibleArticle(user, slug);
		if (!this.rights.rightsOf(user).mayEdit(article.getOfficeId())) {
			throw new AccessDeniedException("Not an editor of this article");
		}
		return article;
	}

	/** Whether the caller may change anything of this article (for 403 before input). */
	@Transactional(readOnly = true)
	public boolean mayEdit(CurrentUser user, String slug) {
		Article article = visibleArticle(user, slug);
		return this.rights.rightsOf(user).mayEdit(article.getOfficeId());
	}

	private boolean visible(CurrentUser user, Article article) {
		return article.isNational() || this.offices.covers(user.scope(), article.getOfficeId());
	}

	private static void requireStaff(CurrentUser user) {
		if (!user.role().isStaff()) {
			throw new AccessDeniedException("Staff pages");
		}
	}

	private static Instant lastChange(Article article) {
		return article.getVersions()
			.stream()
			.map((version) -> (version.getChangedAt() != null) ? version.getChangedAt() : version.getCreatedAt())
			.max(Instant::compareTo)
			.orElse(article.getCreatedAt());
	}

	private OfficeSummary office(Long officeId) {
		return (officeId != null) ? this.offices.find(officeId).orElse(null) : null;
	}

	static VersionRow row(ArticleVersion version) {
		return new VersionRow(version.getNumber(), version.getState(), version.getOrigin(), version.title("id"),
				version.getCreatedBy(), version.getChangedBy(),
				(version.getChangedAt() != null) ? version.getChangedAt() : version.getCreatedAt(),
				version.getReviewerName(), version.getPublishedAt(), version.getNote());
	}

}
