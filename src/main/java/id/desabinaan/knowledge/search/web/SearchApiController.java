package id.desabinaan.knowledge.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.knowledge.SiteSearch;
import id.desabinaan.knowledge.SiteSearch.Fragment;
import id.desabinaan.knowledge.SiteSearch.Hit;
import id.desabinaan.knowledge.SiteSearch.Results;
import id.desabinaan.knowledge.search.ResidentAreas;

/** Public search API: the same answers as {@code /cari}, for other channels. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Search across articles, offices and other public answers")
class SearchApiController {

	private final SiteSearch search;

	private final ResidentAreas areas;

	SearchApiController(SiteSearch search, ResidentAreas areas) {
		this.search = search;
		this.areas = areas;
	}

	@GetMapping
	@Operation(summary = "Search in Indonesian (stemmed: perdagangan, diperdagangkan and pedagang meet) or English, "
			+ "one typo per word forgiven, with marked snippets")
	SearchResponse search(@Parameter(description = "What to search for") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "Language: id (default) or en") @RequestParam(defaultValue = "id") String lang,
			@Parameter(
					description = "Region code whose office's local articles to include, e.g. 33.07.06.2009") @RequestParam(
							required = false) String wilayah,
			@Parameter(description = "Most results (1-50, default 10)") @RequestParam(defaultValue = "10") int limit) {
		String language = "en".equalsIgnoreCase(lang) ? "en" : "id";
		Long office = (wilayah != null && !wilayah.isBlank()) ? this.areas.resolve(wilayah, null).officeId() : null;
		Results results = this.search.search(new SiteSearch.Query(q, language, office, limit));
		return new SearchResponse(q.strip(), language, results.total(),
				results.hits().stream().map(SearchHit::of).toList());
	}

	/**
	 * The answer.
	 *
	 * @param query what was searched
	 * @param language the language searched
	 * @param total how many documents matched
	 * @param results the best of them
	 */
	record SearchResponse(String query, String language, long total, List<SearchHit> results) {
	}

	/**
	 * One result.
	 *
	 * @param kind article, office, ...
	 * @param key the document within its kind (a slug, a code)
	 * @param title the title as plain text
	 * @param snippet a passage as plain text
	 * @param highlights the snippet in pieces, {@code match} where the query matched
	 * @param path the page to open
	 */
	record SearchHit(String kind, String key, String title, String snippet, List<Fragment> highlights, String path) {

		static SearchHit of(Hit hit) {
			return new SearchHit(hit.kind(), hit.key(), hit.titleText(), hit.snippetText(), hit.snippet(), hit.path());
		}

	}

}
