package id.desabinaan.knowledge.article;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.ArticleDirectory.PublishedArticle;
import id.desabinaan.knowledge.SiteSearchDocument;
import id.desabinaan.knowledge.SiteSearchSource;

/**
 * Published articles as search documents, one per language: the summary and the body as
 * plain text (help contacts included, so that "129" finds the help article). Local
 * articles carry their Kanim, so that only residents of its area find them.
 */
@Component
class ArticleSearchSource implements SiteSearchSource {

	static final String KIND = "article";

	private final PublicArticles published;

	ArticleSearchSource(PublicArticles published) {
		this.published = published;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SiteSearchDocument> documents() {
		List<SiteSearchDocument> documents = new ArrayList<>();
		for (String language : List.of("id", "en")) {
			this.published.allPublished(language).forEach((article) -> documents.add(document(article)));
		}
		return documents;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SiteSearchDocument> documents(String key) {
		List<SiteSearchDocument> documents = new ArrayList<>();
		for (String language : List.of("id", "en")) {
			this.published.findPublished(key, language).ifPresent((article) -> documents.add(document(article)));
		}
		return documents;
	}

	private static SiteSearchDocument document(PublishedArticle article) {
		return new SiteSearchDocument(KIND, article.slug(), article.language(), article.title(),
				article.summary() + "\n\n" + article.text(), article.path(), "article.topic." + article.topic(),
				article.officeId());
	}

}
