package id.desabinaan.knowledge.regulation.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.knowledge.regulation.RegulatedData;
import id.desabinaan.knowledge.regulation.RegulatedVersion;
import id.desabinaan.knowledge.regulation.RegulationEditors;
import id.desabinaan.knowledge.regulation.Timeline;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The staff pages of one kind of regulated data under {@code /app/info/<slug>}: the
 * versions in effect and announced (with the older ones as history), and for editors the
 * form for a new version, ending a version and withdrawing one that has not started. A
 * change is refused (403) before its input is read; bad input is shown again with the
 * message next to its field; success redirects with a message.
 *
 * @param <T> the version entity
 * @param <F> the form of a new version
 */
abstract class RegulatedDataPages<T extends RegulatedVersion, F extends VersionForm> {

	private final RegulatedData<T> data;

	private final String slug;

	protected RegulatedDataPages(RegulatedData<T> data, String slug) {
		this.data = data;
		this.slug = slug;
	}

	/** An empty form. */
	protected abstract F newForm();

	/** A form filled from an existing version, for its successor (start left empty). */
	protected abstract F formFrom(T version);

	/**
	 * The version the form describes, or {@code null} after rejecting bad fields; a
	 * domain rule broken by the values throws {@link InvalidInputException} naming the
	 * field.
	 */
	protected abstract T toVersion(F form, LocalDate validFrom, LocalDate validUntil, BindingResult binding);

	/** What the version is about, in the page's language (headings, flash messages). */
	protected abstract String label(T version, Locale locale);

	/** Order of the items on the page. */
	protected abstract Comparator<T> order();

	/**
	 * The text fields of the form that must be filled, besides the source (checked all at
	 * once before the values are read).
	 */
	protected abstract List<String> requiredTexts();

	/** Options of the form's selects. */
	protected void options(Model model) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "dari", required = false) Long from,
			Model model) {
		F form = newForm();
		if (from != null && RegulationEditors.mayEdit(user)) {
			form = formFrom(this.data.versionFor(user, from));
		}
		return show(user, form, model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") F form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale) {
		RegulationEditors.requireEditor(user);
		LocalDate validFrom = FormValues.date(form.getValidFrom(), "validFrom", true, binding);
		LocalDate validUntil = FormValues.date(form.getValidUntil(), "validUntil", false, binding);
		if (validFrom != null && validFrom.isBefore(this.data.today())) {
			FormValues.rejectField(binding, "validFrom", "knowledge.error.validFrom.past", this.data.today());
		}
		FormValues.requireFilled(binding, "source");
		requiredTexts().forEach((field) -> FormValues.requireFilled(binding, field));
		AtomicReference<T> added = new AtomicReference<>();
		boolean done = applied(binding, () -> {
			T candidate = toVersion(form, validFrom, validUntil, binding);
			if (candidate != null && !binding.hasErrors()) {
				added.set(this.data.add(user, candidate));
			}
		});
		if (done && added.get() != null) {
			redirect.addFlashAttribute("flash", "knowledge.regulation.flash.added");
			redirect.addFlashAttribute("flashArgs", new Object[] { label(added.get(), locale),
					FormValues.display(added.get().getValidFrom(), locale) });
			return "redirect:" + path();
		}
		return show(user, form, model);
	}

	@GetMapping("/{id}/akhiri")
	String endForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		RegulationEditors.requireEditor(user);
		return showEnd(user, id, new EndForm(), model, locale);
	}

	@PostMapping("/{id}/akhiri")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("endForm") EndForm form, BindingResult binding, Model model, RedirectAttributes redirect,
			Locale locale) {
		RegulationEditors.requireEditor(user);
		LocalDate lastDay = FormValues.date(form.getValidUntil(), "validUntil", true, binding);
		if (!binding.hasErrors() && applied(binding, () -> this.data.end(user, id, lastDay))) {
			redirect.addFlashAttribute("flash", "knowledge.regulation.flash.ended");
			redirect.addFlashAttribute("flashArgs", new Object[] { label(this.data.versionFor(user, id), locale),
					FormValues.display(lastDay, locale) });
			return "redirect:" + path();
		}
		return showEnd(user, id, form, model, locale);
	}

	@PostMapping("/{id}/batalkan")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		RegulationEditors.requireEditor(user);
		String label = label(this.data.versionFor(user, id), locale);
		try {
			this.data.withdraw(user, id);
			redirect.addFlashAttribute("flash", "knowledge.regulation.flash.withdrawn");
			redirect.addFlashAttribute("flashArgs", new Object[] { label });
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageCode());
			redirect.addFlashAttribute("flashArgs", ex.getArguments());
		}
		return "redirect:" + path();
	}

	/**
	 * Runs a change; a broken domain rule is shown on its field and answers
	 * {@code false}.
	 */
	private static boolean applied(BindingResult binding, Runnable change) {
		try {
			change.run();
			return true;
		}
		catch (InvalidInputException ex) {
			FormValues.reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
		}
		catch (RuleViolationException ex) {
			FormValues.reject(binding, ex.getField(), ex.getMessageCode(), ex.getArguments());
		}
		return false;
	}

	private String show(CurrentUser user, F form, Model model) {
		List<Timeline.Item<T>> items = this.data.itemsFor(user)
			.stream()
			.sorted(Comparator.comparing(Timeline.Item::latest, order()))
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("form", form);
		model.addAttribute("slug", this.slug);
		model.addAttribute("path", path());
		model.addAttribute("kindTemplate", "knowledge/regulation/" + this.slug);
		model.addAttribute("today", this.data.today());
		model.addAttribute("mayEdit", RegulationEditors.mayEdit(user));
		options(model);
		return "knowledge/regulation/data";
	}

	private String showEnd(CurrentUser user, long id, EndForm form, Model model, Locale locale) {
		T version = this.data.versionFor(user, id);
		model.addAttribute("version", version);
		model.addAttribute("label", label(version, locale));
		model.addAttribute("endForm", form);
		model.addAttribute("slug", this.slug);
		model.addAttribute("path", path());
		model.addAttribute("today", this.data.today());
		return "knowledge/regulation/end";
	}

	private String path() {
		return "/app/info/" + this.slug;
	}

}
