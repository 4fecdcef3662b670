package id.desabinaan.knowledge.article.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.knowledge.ArticleDirectory.PublishedArticle;
import id.desabinaan.knowledge.ArticleDirectory.Source;
import id.desabinaan.knowledge.article.PublicArticles;
import id.desabinaan.knowledge.article.PublicArticles.Listing;
import id.desabinaan.knowledge.article.PublicArticles.Page;
import id.desabinaan.knowledge.search.ResidentAreas;

/** Public read API of the knowledge base, for other channels (SMS, WhatsApp, apps). */
@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Published knowledge-base articles in Bahasa Indonesia and English")
class ArticleApiController {

	private final PublicArticles articles;

	private final ResidentAreas areas;

	ArticleApiController(PublicArticles articles, ResidentAreas areas) {
		this.articles = articles;
		this.areas = areas;
	}

	@GetMapping
	@Operation(
			summary = "Published articles, national and (with wilayah) the local ones of the office serving a region")
	List<ArticleSummaryResponse> list(@Parameter(
			description = "Topic: PASSPORT, MIGRANT_WORK, SAFETY, FOREIGNERS, HELP, OFFICE_SERVICES") @RequestParam(
					required = false) String topic,
			@Parameter(description = "Audience: RESIDENTS, PARENTS, PROSPECTIVE_MIGRANT_WORKERS, MIGRANT_FAMILIES, "
					+ "VILLAGE_OFFICIALS, HOSTS_OF_FOREIGNERS") @RequestParam(required = false) String audience,
			@Parameter(description = "Language: id (default) or en") @RequestParam(defaultValue = "id") String lang,
			@Parameter(description = "Region code (kabupaten/kota, kecamatan or village) whose local articles to "
					+ "include, e.g. 33.07.06.2009") @RequestParam(required = false) String wilayah) {
		Long office = (wilayah != null && !wilayah.isBlank()) ? this.areas.resolve(wilayah, null).officeId() : null;
		String language = PublicArticles.language(lang);
		return this.articles.list(language, Params.topic(topic), Params.audience(audience), office)
			.stream()
			.map((listing) -> ArticleSummaryResponse.of(listing, language))
			.toList();
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One published article with its body as sanitised HTML and as plain text (404 if none)")
	ArticleResponse article(@PathVariable String slug,
			@Parameter(description = "Language: id (default) or en") @RequestParam(defaultValue = "id") String lang) {
		return ArticleResponse.of(this.articles.page(slug, PublicArticles.language(lang)));
	}

	/**
	 * An article in the list.
	 *
	 * @param slug address part of {@code /info/{slug}}
	 * @param language the language of title and summary
	 * @param title the title
	 * @param summary the summary
	 * @param topic the topic
	 * @param audiences who it is for
	 * @param validFrom since when it holds
	 * @param lastChecked when it was last checked
	 * @param officeCode the Kanim of a local article, null for national content
	 * @param path the public page
	 */
	record ArticleSummaryResponse(String slug, String language, String title, String summary, String topic,
			List<String> audiences, LocalDate validFrom, LocalDate lastChecked, String officeCode, String path) {

		static ArticleSummaryResponse of(Listing listing, String language) {
			return new ArticleSummaryResponse(listing.slug(), language, listing.title(), listing.summary(),
					listing.topic().name(), listing.audiences().stream().map(Enum::name).sorted().toList(),
					listing.validFrom(), listing.lastChecked(),
					(listing.office() != null) ? listing.office().code() : null, "/info/" + listing.slug());
		}

	}

	/**
	 * One article.
	 *
	 * @param slug address part
	 * @param language language of the content
	 * @param title the title
	 * @param summary the summary
	 * @param html the body as sanitised HTML (no script, no raw HTML)
	 * @param text the body as plain text
	 * @param topic the topic
	 * @param audiences who it is for
	 * @param sources the references it rests on
	 * @param validFrom since when it holds
	 * @param lastChecked when it was last checked
	 * @param reviewer who reviewed and published this version
	 * @param version the version number
	 * @param publishedAt when this version was published
	 * @param officeCode the Kanim of a local article, null for national content
	 * @param path the public page
	 */
	record ArticleResponse(String slug, String language, String title, String summary,
			@Schema(description = "Sanitised HTML of the body") String html, String text, String topic,
			List<String> audiences, List<Source> sources, LocalDate validFrom, LocalDate lastChecked, String reviewer,
			int version, Instant publishedAt, String officeCode, String path) {

		static ArticleResponse of(Page page) {
			PublishedArticle article = page.article();
			return new ArticleResponse(article.slug(), article.language(), article.title(), article.summary(),
					article.html(), article.text(), article.topic(),
					page.audiences().stream().map(Enum::name).sorted().toList(), article.sources(), article.validFrom(),
					article.lastChecked(), article.reviewer(), article.versionNumber(), article.publishedAt(),
					(page.office() != null) ? page.office().code() : null, article.path());
		}

	}

}
