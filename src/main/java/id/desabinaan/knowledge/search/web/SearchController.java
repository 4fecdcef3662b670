package id.desabinaan.knowledge.search.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.knowledge.SiteSearch;
import id.desabinaan.knowledge.search.ResidentAreas;
import id.desabinaan.knowledge.search.ResidentAreas.Area;

/**
 * The public search page ({@code /cari?q=}): results in the page's language with marked
 * words, and the local articles of the region chosen with the picker. No session, no
 * script.
 */
@Controller
class SearchController {

	static final int RESULTS = 20;

	private final SiteSearch search;

	private final ResidentAreas areas;

	SearchController(SiteSearch search, ResidentAreas areas) {
		this.search = search;
		this.areas = areas;
	}

	@GetMapping("/cari")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "wilayah", required = false) String code,
			@RequestParam(name = "wilayahQuery", required = false) String regionQuery, Locale locale, Model model) {
		Area area = this.areas.resolve(code, regionQuery);
		String text = (query != null) ? query.strip() : "";
		model.addAttribute("q", text);
		model.addAttribute("area", area);
		model.addAttribute("wilayahChoice", area.choice());
		if (!text.isEmpty()) {
			model.addAttribute("results",
					this.search.search(new SiteSearch.Query(text, locale.getLanguage(), area.officeId(), RESULTS)));
		}
		return "knowledge/search/search";
	}

}
