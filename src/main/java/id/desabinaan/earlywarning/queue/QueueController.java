package id.desabinaan.earlywarning.queue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * The report queue ({@code /app/laporan}): a plain GET form of filters and search words,
 * a table ordered by risk and overdue time, and page links that keep the filters; works
 * without JavaScript. A filter value that cannot be read gets a message next to its field
 * and is left out, the rest still applies.
 */
@Controller
@RequestMapping("/app/laporan")
class QueueController {

	private final ReportQueue queue;

	private final MessageSource messages;

	QueueController(ReportQueue queue, MessageSource messages) {
		this.queue = queue;
		this.messages = messages;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> values, Model model,
			Locale locale) {
		ReportQueue.requireQueue(user);
		QueueParams params = QueueParams.from(values, QueueParams.Names.PAGE);
		QueueParams.Parsed parsed = params.parse(QueueParams.Names.PAGE);
		QueuePage page = this.queue.page(user, parsed.filter(), parsed.page(), ReportQueue.PAGE_SIZE);
		Map<String, String> errors = new LinkedHashMap<>();
		parsed.problems()
			.forEach((problem) -> errors.putIfAbsent(problem.field(),
					this.messages.getMessage(problem.messageCode(), problem.arguments(), locale)));
		model.addAttribute("params", params);
		model.addAttribute("filter", parsed.filter());
		model.addAttribute("errors", errors);
		model.addAttribute("result", page);
		model.addAttribute("choices", this.queue.choices(user));
		model.addAttribute("states", ReportState.values());
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("risks", WarningRiskLevel.values());
		model.addAttribute("sorts", QueueSort.values());
		model.addAttribute("filtering", params.filtering() || !errors.isEmpty());
		model.addAttribute("villageOfficial", user.hasRole(Role.VILLAGE_OFFICIAL));
		model.addAttribute("mayListDuplicates", user.hasRole(Role.PIMPASA, Role.INTEL_ANALYST, Role.OFFICE_HEAD));
		model.addAttribute("mayListSilent", WeeklyReturnService.mayListSilent(user));
		model.addAttribute("mayCheckTrails", TrailCheck.mayCheckAll(user));
		model.addAttribute("previousPage", pageLink(params, page.page() - 1));
		model.addAttribute("nextPage", pageLink(params, page.page() + 1));
		return "earlywarning/queue/list";
	}

	/** The queue's address with the same filters on another page. */
	static String pageLink(QueueParams params, int pageNumber) {
		QueueParams.Names names = QueueParams.Names.PAGE;
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/app/laporan");
		add(link, names.q(), params.q());
		add(link, names.state(), params.state());
		add(link, names.category(), params.category());
		add(link, names.risk(), params.risk());
		add(link, names.village(), params.village());
		add(link, names.officer(), params.officer());
		add(link, names.minAge(), params.minAge());
		add(link, names.maxAge(), params.maxAge());
		add(link, names.sort(), params.sort());
		link.queryParam(names.page(), pageNumber);
		return link.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder link, String name, String value) {
		if (value != null && !value.isBlank()) {
			link.queryParam(name, value.strip());
		}
	}

}
