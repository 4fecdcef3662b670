package id.desabinaan.region.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;

/**
 * Public region pages: search ({@code /wilayah?q=}), one region with its ancestors and
 * children ({@code /wilayah/{code}}), and the type-ahead choices of the region picker
 * ({@code /wilayah/pilih}, asked by htmx). Everything works without JavaScript.
 */
@Controller
class RegionPageController {

	static final int PAGE_RESULTS = 50;

	/** The picker on the search page, named like the page. */
	static final String PICKER = "wilayah";

	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

	private final RegionDirectory regions;

	private final RegionPicker picker;

	RegionPageController(RegionDirectory regions, RegionPicker picker) {
		this.regions = regions;
		this.picker = picker;
	}

	/**
	 * The search page. With {@code q}: regions whose name contains it. With the picker
	 * ({@code wilayahQuery}/{@code wilayah}): straight to the one region it resolves to,
	 * or back with the candidates.
	 */
	@GetMapping("/wilayah")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
			@RequestParam(name = PICKER + "Query", required = false) String pickerQuery,
			@RequestParam(name = PICKER, required = false) String pickerCode, Model model) {
		RegionLevel wanted = RegionParameters.level(level);
		RegionChoice choice = RegionChoice.empty();
		if (pickerQuery != null || pickerCode != null) {
			choice = this.picker.resolve(pickerCode, pickerQuery, null).required();
			if (choice.isResolved()) {
				return "redirect:/wilayah/" + choice.code();
			}
		}
		model.addAttribute("choice", choice);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("level", wanted);
		model.addAttribute("levels", RegionLevel.values());
		if (q != null && !q.isBlank()) {
			if (q.strip().length() < RegionParameters.MIN_QUERY_LENGTH) {
				model.addAttribute("queryError", true);
			}
			else {
				List<RegionSummary> results = this.regions.search(q, wanted, PAGE_RESULTS + 1);
				model.addAttribute("more", results.size() > PAGE_RESULTS);
				model.addAttribute("pageSize", PAGE_RESULTS);
				model.addAttribute("results", results.subList(0, Math.min(results.size(), PAGE_RESULTS)));
			}
		}
		return "region/search";
	}

	@GetMapping("/wilayah/{code}")
	String region(@PathVariable String code, Model model) {
		RegionSummary region = RegionParameters.region(this.regions, code);
		List<RegionSummary> ancestors = new ArrayList<>();
		for (RegionCode parent = RegionCode.of(region.code()).parent(); parent != null; parent = parent.parent()) {
			this.regions.find(parent).ifPresent(ancestors::add);
		}
		List<RegionSummary> crumbs = new ArrayList<>(ancestors);
		Collections.reverse(crumbs);
		model.addAttribute("region", region);
		model.addAttribute("ancestors", ancestors);
		model.addAttribute("crumbs", crumbs);
		model.addAttribute("children", this.regions.children(RegionCode.of(region.code())));
		model.addAttribute("childLevel",
				(region.level() == RegionLevel.VILLAGE) ? null : RegionLevel.values()[region.level().ordinal() + 1]);
		return "region/region";
	}

	/**
	 * Type-ahead choices for the picker fragment: the typed text arrives as
	 * {@code <name>Query} (the input's own name), so one endpoint serves every picker.
	 */
	@GetMapping("/wilayah/pilih")
	String choices(@RequestParam(required = false) String name, @RequestParam(required = false) String level,
			@RequestParam Map<String, String> parameters, Model model) {
		if (name == null || !FIELD_NAME.matcher(name).matches()) {
			throw new InvalidInputException("name", "region.picker.invalidName", name);
		}
		String input = parameters.getOrDefault(name + "Query", parameters.get("q"));
		model.addAttribute("name", name);
		model.addAttribute("choice", this.picker.suggest(input, RegionParameters.level(level)));
		return "region/picker :: choicesResponse";
	}

}
