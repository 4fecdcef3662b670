package id.desabinaan.earlywarning.queue;

import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * The weekly return of a village official ({@code /app/laporan/mingguan}, one form per
 * ISO week, post/redirect/get) and the officers' list of silent villages
 * ({@code /app/laporan/desa-senyap}).
 */
@Controller
@RequestMapping("/app/laporan")
class WeeklyReturnController {

	private final WeeklyReturnService service;

	WeeklyReturnController(WeeklyReturnService service) {
		this.service = service;
	}

	@GetMapping("/mingguan")
	String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String minggu, Model model) {
		Optional<PartnerVillageSummary> village = this.service.villageOf(user);
		if (village.isPresent()) {
			IsoWeek week = IsoWeek.parse(minggu);
			if (week == null || !this.service.weeks(village.get()).contains(week)) {
				week = this.service.weeks(village.get()).get(0);
			}
			model.addAttribute("form", this.service.form(village.get(), week));
		}
		return page(village, model);
	}

	@PostMapping("/mingguan")
	String submit(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") WeeklyReturnForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Optional<PartnerVillageSummary> village = this.service.villageOf(user);
		try {
			boolean corrected = this.service.submit(user, form);
			redirect.addFlashAttribute("flash", corrected ? "ewqueue.weekly.corrected" : "ewqueue.weekly.saved");
			return "redirect:/app/laporan/mingguan?minggu=" + form.getWeek();
		}
		catch (InvalidInputException ex) {
			binding.rejectValue(ex.getField(), ex.getMessageCode(), ex.getArguments(), ex.getMessageCode());
			return page(village, model);
		}
	}

	@GetMapping("/desa-senyap")
	String silent(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("villages", this.service.silentVillages(user));
		model.addAttribute("days", this.service.silentDays());
		return "earlywarning/queue/silent";
	}

	private String page(Optional<PartnerVillageSummary> village, Model model) {
		model.addAttribute("village", village.orElse(null));
		village.ifPresent((found) -> {
			model.addAttribute("weeks", this.service.weeks(found));
			model.addAttribute("history", this.service.history(found));
		});
		return "earlywarning/queue/weekly";
	}

}
