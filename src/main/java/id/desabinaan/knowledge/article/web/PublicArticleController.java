package id.desabinaan.knowledge.article.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

import id.desabinaan.knowledge.article.Audience;
import id.desabinaan.knowledge.article.PublicArticles;
import id.desabinaan.knowledge.article.PublicArticles.Listing;
import id.desabinaan.knowledge.article.Topic;
import id.desabinaan.knowledge.search.ResidentAreas;
import id.desabinaan.knowledge.search.ResidentAreas.Area;

/**
 * Public pages of the knowledge base: the topic index ({@code /info}, with the local
 * articles of the office serving the region a resident chose) and one article
 * ({@code /info/{slug}}, {@code ?lang=en} for English). No session, no script; caching
 * headers answer 304 when nothing changed.
 */
@Controller
class PublicArticleController {

	private final PublicArticles articles;

	private final ResidentAreas areas;

	private final ConditionalPages conditional;

	PublicArticleController(PublicArticles articles, ResidentAreas areas, ConditionalPages conditional) {
		this.articles = articles;
		this.areas = areas;
		this.conditional = conditional;
	}

	@GetMapping("/info")
	String index(@RequestParam(name = "topik", required = false) String topic,
			@RequestParam(name = "untuk", required = false) String audience,
			@RequestParam(name = "wilayah", required = false) String code,
			@RequestParam(name = "wilayahQuery", required = false) String query, Locale locale,
			ServletWebRequest request, Model model) {
		if (this.conditional.notModified(request, this.articles.indexFreshness(), locale)) {
			return null;
		}
		Topic chosenTopic = Params.topic(topic);
		Audience chosenAudience = Params.audience(audience);
		Area area = this.areas.resolve(code, query);
		List<Listing> listings = this.articles.list(locale.getLanguage(), chosenTopic, chosenAudience, area.officeId());
		Map<Topic, List<Listing>> byTopic = new LinkedHashMap<>();
		List<Listing> local = new ArrayList<>();
		for (Listing listing : listings) {
			if (listing.office() != null) {
				local.add(listing);
			}
			else {
				byTopic.computeIfAbsent(listing.topic(), (key) -> new ArrayList<>()).add(listing);
			}
		}
		model.addAttribute("byTopic", byTopic);
		model.addAttribute("local", local);
		model.addAttribute("area", area);
		model.addAttribute("wilayahChoice", area.choice());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("topic", chosenTopic);
		model.addAttribute("audience", chosenAudience);
		return "knowledge/article/index";
	}

	@GetMapping("/info/{slug}")
	String article(@PathVariable String slug, Locale locale, ServletWebRequest request, Model model) {
		var freshness = this.articles.freshness(slug);
		if (freshness.isPresent() && this.conditional.notModified(request, freshness.get(), locale)) {
			return null;
		}
		model.addAttribute("page", this.articles.page(slug, locale.getLanguage()));
		return "knowledge/article/article";
	}

}
