package id.desabinaan.earlywarning.triage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The officer's report page ({@code /app/laporan/{id}}) with its action forms, and the
 * overdue list ({@code /app/laporan/terlambat}). Each change is checked for role and
 * scope before its input is read (403, or 404 outside the user's reach); refused input
 * comes back on the page next to its field with everything entered; success redirects
 * back to the page with a message.
 */
@Controller
@RequestMapping("/app/laporan")
class ReportTriageController {

	private final TriagePages pages;

	private final TriageService triage;

	private final OverdueReports overdue;

	private final MessageSource messages;

	ReportTriageController(TriagePages pages, TriageService triage, OverdueReports overdue, MessageSource messages) {
		this.pages = pages;
		this.triage = triage;
		this.overdue = overdue;
		this.messages = messages;
	}

	@GetMapping("/{id:\\d+}")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		return show(user, id, model, locale, new TriageForm(), null, Map.of());
	}

	@GetMapping("/terlambat")
	String overdueList(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("overdue", this.overdue.of(user));
		return "earlywarning/triage/overdue";
	}

	@PostMapping("/{id:\\d+}/status")
	String status(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("entered") TriageForm form, Model model, RedirectAttributes redirect, Locale locale) {
		this.triage.handleable(user, id);
		return attempt(user, id, "status", form, model, redirect, locale, "ewtriage.flash.moved",
				() -> this.triage.move(user, id, TriageInput.choice(ReportState.class, "target", form.getTarget()),
						form.getReason(), TriageInput.number("version", form.getVersion())));
	}

	@PostMapping("/{id:\\d+}/tutup")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("entered") TriageForm form, Model model, RedirectAttributes redirect, Locale locale) {
		this.triage.handleable(user, id);
		return attempt(user, id, "close", form, model, redirect, locale, "ewtriage.flash.closed",
				() -> this.triage.close(user, id,
						TriageInput.choice(ClosingReason.class, "closingReason", form.getClosingReason()),
						form.getOutcomeNote(), TriageInput.number("version", form.getVersion())));
	}

	@PostMapping("/{id:\\d+}/tugaskan")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("entered") TriageForm form, Model model, RedirectAttributes redirect, Locale locale) {
		this.triage.handleable(user, id);
		return attempt(user, id, "assign", form, model, redirect, locale, "ewtriage.flash.assigned",
				() -> this.triage.assign(user, id, TriageInput.number("assignee", form.getAssignee()),
						TriageInput.number("version", form.getVersion())));
	}

	@PostMapping("/{id:\\d+}/pesan")
	String message(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("entered") TriageForm form, Model model, RedirectAttributes redirect, Locale locale) {
		this.triage.handleable(user, id);
		return attempt(user, id, "message", form, model, redirect, locale, "ewtriage.flash.message",
				() -> this.triage.message(user, id, form.getBody()));
	}

	@PostMapping("/{id:\\d+}/rujukan")
	String refer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("entered") TriageForm form, Model model, RedirectAttributes redirect, Locale locale) {
		this.triage.handleable(user, id);
		return attempt(user, id, "refer", form, model, redirect, locale, "ewtriage.flash.referred",
				() -> this.triage.refer(user, id,
						TriageInput.choice(PartnerKind.class, "partnerKind", form.getPartnerKind()),
						form.getPartnerUnit(), form.getSummary(), TriageInput.number("version", form.getVersion())));
	}

	@PostMapping("/{id:\\d+}/rujukan/{rid:\\d+}/jawaban")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long rid,
			@ModelAttribute("entered") TriageForm form, Model model, RedirectAttributes redirect, Locale locale) {
		this.triage.handleable(user, id);
		return attempt(user, id, "answer-" + rid, form, model, redirect, locale, "ewtriage.flash.answer",
				() -> this.triage.answer(user, id, rid,
						TriageInput.choice(PartnerAnswer.class, "answer", form.getAnswer()), form.getAnswerReason()));
	}

	@PostMapping("/{id:\\d+}/rujukan/{rid:\\d+}/hasil")
	String outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long rid,
			@ModelAttribute("entered") TriageForm form, Model model, RedirectAttributes redirect, Locale locale) {
		this.triage.handleable(user, id);
		return attempt(user, id, "outcome-" + rid, form, model, redirect, locale, "ewtriage.flash.outcome",
				() -> this.triage.outcome(user, id, rid, form.getOutcome()));
	}

	private String attempt(CurrentUser user, long id, String formName, TriageForm form, Model model,
			RedirectAttributes redirect, Locale locale, String flash, Runnable change) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			change.run();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/app/laporan/" + id;
		}
		catch (InvalidInputException ex) {
			errors.put(ex.getField(), text(ex.getMessageCode(), ex.getArguments(), locale));
		}
		catch (RuleViolationException ex) {
			errors.put(ex.getField(), text(ex.getMessageCode(), ex.getArguments(), locale));
		}
		catch (OptimisticLockingFailureException ex) {
			errors.put("version", text("ewtriage.conflict", new Object[0], locale));
		}
		return show(user, id, model, locale, form, formName, errors);
	}

	private String show(CurrentUser user, long id, Model model, Locale locale, TriageForm form, String failed,
			Map<String, String> errors) {
		model.addAttribute("page", this.pages.page(user, id, locale));
		model.addAttribute("entered", form);
		model.addAttribute("failed", (failed != null) ? failed : "");
		model.addAttribute("errors", errors);
		return "earlywarning/triage/report";
	}

	private String text(String code, Object[] args, Locale locale) {
		Object[] shown = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			shown[i] = (args[i] instanceof Enum<?> value)
					? this.messages.getMessage("earlywarning.state." + value.name(), null, value.name(), locale)
					: args[i];
		}
		return this.messages.getMessage(code, shown, code, locale);
	}

}
