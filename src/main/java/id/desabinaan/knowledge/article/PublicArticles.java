package id.desabinaan.knowledge.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.ArticleDirectory;
import id.desabinaan.knowledge.article.MarkdownRenderer.Rendered;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.NotFoundException;

/**
 * What residents read: published articles, national and local, in Indonesian or English.
 * Rendered bodies are kept in a small cache keyed by version, language and the state of
 * the help contacts: a published version never changes, so nothing needs evicting.
 */
@Service
public class PublicArticles implements ArticleDirectory {

	private static final int CACHE_SIZE = 256;

	private final Articles articles;

	private final HelpContactService contacts;

	private final MarkdownRenderer renderer;

	private final OfficeDirectory offices;

	private final Map<String, Rendered> rendered = Collections
		.synchronizedMap(new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
				return size() > CACHE_SIZE;
			}

		});

	PublicArticles(Articles articles, HelpContactService contacts, MarkdownRenderer renderer, OfficeDirectory offices) {
		this.articles = articles;
		this.contacts = contacts;
		this.renderer = renderer;
		this.offices = offices;
	}

	/**
	 * An article in the public list.
	 *
	 * @param slug its address part
	 * @param title title in the language asked
	 * @param summary summary in the language asked
	 * @param topic its topic
	 * @param audiences who it is for
	 * @param validFrom since when it holds
	 * @param lastChecked when it was last checked
	 * @param office the Kanim of a local article, {@code null} for national content
	 */
	public record Listing(String slug, String title, String summary, Topic topic, Set<Audience> audiences,
			LocalDate validFrom, LocalDate lastChecked, OfficeSummary office) {
	}

	/**
	 * An article page: the published article and what the page says about it.
	 *
	 * @param article the article in the language asked
	 * @param topicCode its topic
	 * @param audiences who it is for
	 * @param office the Kanim of a local article, {@code null} for national content
	 */
	public record Page(PublishedArticle article, Topic topicCode, Set<Audience> audiences, OfficeSummary office) {
	}

	/**
	 * Published articles in a language, national ones and the local ones of one Kanim
	 * (the one serving the resident's region; {@code null} for national only), optionally
	 * of one topic and audience, by topic then title.
	 */
	@Transactional(readOnly = true)
	public List<Listing> list(String language, Topic topic, Audience audience, Long localOfficeId) {
		String lang = language(language);
		return this.articles.findPublished()
			.stream()
			.filter((article) -> article.isNational() || article.getOfficeId().equals(localOfficeId))
			.map((article) -> article.published().orElseThrow())
			.filter((version) -> topic == null || version.getTopic() == topic)
			.filter((version) -> audience == null || version.getAudiences().contains(audience))
			.sorted((a, b) -> (a.getTopic() != b.getTopic()) ? a.getTopic().compareTo(b.getTopic())
					: a.title(lang).compareToIgnoreCase(b.title(lang)))
			.map((version) -> new Listing(version.getArticle().getSlug(), version.title(lang), version.summary(lang),
					version.getTopic(), version.getAudiences(), version.getValidFrom(), version.getLastChecked(),
					office(version.getArticle().getOfficeId())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublishedArticle> findPublished(String slug, String language) {
		return this.articles.findPublishedBySlug(slug).map((article) -> publishedArticle(article, language(language)));
	}

	/** Every published article, national and local, in a language. */
	@Transactional(readOnly = true)
	public List<PublishedArticle> allPublished(String language) {
		String lang = language(language);
		return this.articles.findPublished().stream().map((article) -> publishedArticle(article, lang)).toList();
	}

	/** The page of a published article; 404 when there is none. */
	@Transactional(readOnly = true)
	public Page page(String slug, String language) {
		Article article = this.articles.findPublishedBySlug(slug)
			.orElseThrow(() -> new NotFoundException("article.notFound", slug));
		ArticleVersion version = article.published().orElseThrow();
		return new Page(publishedArticle(article, language(language)), version.getTopic(), version.getAudiences(),
				office(article.getOfficeId()));
	}

	/**
	 * What an article page depends on, for caching headers: empty when the article is not
	 * published.
	 *
	 * @param tag changes whenever the page's content changes
	 * @param lastModified the latest change of the content
	 */
	public record Freshness(String tag, Instant lastModified) {
	}

	@Transactional(readOnly = true)
	public Optional<Freshness> freshness(String slug) {
		return this.articles.findPublishedBySlug(slug).map((article) -> {
			ArticleVersion version = article.published().orElseThrow();
			return freshness("v" + version.getId(), version.getPublishedAt());
		});
	}

	/** What the article index depends on. */
	@Transactional(readOnly = true)
	public Freshness indexFreshness() {
		List<Object[]> stamps = this.articles.publishedStamps();
		Instant latest = Instant.EPOCH;
		StringBuilder tag = new StringBuilder("n").append(stamps.size());
		for (Object[] stamp : stamps) {
			tag.append('.').append(stamp[0]);
			if (stamp[1] instanceof Instant changed && changed.isAfter(latest)) {
				latest = changed;
			}
		}
		return freshness(tag.toString(), latest);
	}

	private Freshness freshness(String tag, Instant changed) {
		HelpContactService.Stamp contacts = this.contacts.stamp();
		Instant latest = (contacts.lastChange() != null && contacts.lastChange().isAfter(changed))
				? contacts.lastChange() : changed;
		return new Freshness(tag + "-" + contacts.tag(), latest);
	}

	private PublishedArticle publishedArticle(Article article, String language) {
		ArticleVersion version = article.published().orElseThrow();
		Rendered body = render(version, language);
		return new PublishedArticle(article.getSlug(), language, version.title(language), version.summary(language),
				body.html(), body.text(), version.getTopic().name(),
				version.getSources().stream().map((source) -> new Source(source.getTitle(), source.getUrl())).toList(),
				version.getValidFrom(), version.getLastChecked(), version.getReviewerName(), version.getNumber(),
				version.getPublishedAt(), article.getOfficeId());
	}

	/** A version's body in a language, with the current help contacts. */
	Rendered render(ArticleVersion version, String language) {
		String key = version.getId() + "/" + language + "/" + this.contacts.stamp().tag();
		Rendered cached = this.rendered.get(key);
		if (cached != null && version.getState().wasPublished()) {
			return cached;
		}
		Rendered fresh = this.renderer.render(version.body(language),
				MarkdownRenderer.contacts(this.contacts.active(), language));
		if (version.getState().wasPublished()) {
			this.rendered.put(key, fresh);
		}
		return fresh;
	}

	private OfficeSummary office(Long officeId) {
		return (officeId != null) ? this.offices.find(officeId).orElse(null) : null;
	}

	/** {@code en} or {@code id} (the default). */
	public static String language(String language) {
		return "en".equalsIgnoreCase(language) ? "en" : "id";
	}

}
