package id.desabinaan.knowledge.jobcheck.web;

import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.beans.BeanUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.knowledge.jobcheck.WarningSignEditor;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The editors' pages of the warning signs and risk thresholds
 * ({@code /app/info/tanda-bahaya}): overview, one sign with its history, the draft form,
 * and the review steps (submit, publish, return with a note, discard), each a
 * post/redirect/get with a flash message.
 */
@Controller
@RequestMapping("/app/info/tanda-bahaya")
class WarningSignController {

	private static final String BASE = "/app/info/tanda-bahaya";

	private final WarningSignEditor editor;

	WarningSignController(WarningSignEditor editor) {
		this.editor = editor;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("signs", this.editor.overview(user));
		model.addAttribute("thresholds", this.editor.thresholds(user));
		model.addAttribute("mayEdit", this.editor.mayEdit(user));
		model.addAttribute("today", this.editor.today());
		return "knowledge/jobcheck/signs";
	}

	@GetMapping("/baru")
	String newSign(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireEditor(user);
		SignForm form = new SignForm();
		form.setValidFrom(this.editor.today());
		form.setJobOffer(true);
		return showForm(null, form, model);
	}

	@PostMapping("/baru")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("signForm") SignForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireEditor(user);
		return save(binding, redirect, () -> BASE + "/" + this.editor.create(user, form.getCode(), form.content()),
				() -> showForm(null, form, model));
	}

	@GetMapping("/{code}")
	String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("versions", this.editor.versions(user, code));
		model.addAttribute("mayEdit", this.editor.mayEdit(user));
		model.addAttribute("me", user.getUsername());
		model.addAttribute("today", this.editor.today());
		return "knowledge/jobcheck/sign";
	}

	@GetMapping("/{code}/ubah")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
		return showForm(code, SignForm.of(this.editor.contentToEdit(user, code)), model);
	}

	@PostMapping("/{code}/ubah")
	String saveDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@Valid @ModelAttribute("signForm") SignForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireEditor(user);
		// an unknown sign is a 404, not a form error
		this.editor.versions(user, code);
		return save(binding, redirect, () -> {
			this.editor.saveDraft(user, code, form.content());
			return BASE + "/" + code;
		}, () -> showForm(code, form, model));
	}

	@PostMapping("/{code}/ajukan")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, RedirectAttributes redirect) {
		return step(user, BASE + "/" + code, "jobcheck.flash.submitted", redirect,
				(who) -> this.editor.submit(who, code));
	}

	@PostMapping("/{code}/terbitkan")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, RedirectAttributes redirect) {
		return step(user, BASE + "/" + code, "jobcheck.flash.published", redirect,
				(who) -> this.editor.publish(who, code));
	}

	@PostMapping("/{code}/kembalikan")
	String returnToAuthor(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(user, BASE + "/" + code, "jobcheck.flash.returned", redirect,
				(who) -> this.editor.returnToAuthor(who, code, note));
	}

	@PostMapping("/{code}/buang")
	String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, RedirectAttributes redirect) {
		return step(user, BASE + "/" + code, "jobcheck.flash.discarded", redirect,
				(who) -> this.editor.discard(who, code));
	}

	// ---- thresholds ----

	@GetMapping("/ambang")
	String thresholds(@AuthenticationPrincipal CurrentUser user, Model model) {
		var thresholds = this.editor.thresholds(user);
		ThresholdForm form = ThresholdForm.of((thresholds.open() != null) ? thresholds.open() : thresholds.current());
		if (thresholds.open() == null) {
			form.setValidFrom(this.editor.today());
		}
		return showThresholds(user, form, model);
	}

	@PostMapping("/ambang")
	String saveThresholds(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("thresholdForm") ThresholdForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireEditor(user);
		return save(binding, redirect, () -> {
			this.editor.saveThresholdDraft(user, form.getMediumFrom(), form.getHighFrom(), form.getValidFrom(),
					form.getSource());
			return BASE + "/ambang";
		}, () -> showThresholds(user, form, model));
	}

	@PostMapping("/ambang/ajukan")
	String submitThresholds(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return step(user, BASE + "/ambang", "jobcheck.flash.submitted", redirect, this.editor::submitThresholds);
	}

	@PostMapping("/ambang/terbitkan")
	String publishThresholds(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return step(user, BASE + "/ambang", "jobcheck.flash.published", redirect, this.editor::publishThresholds);
	}

	@PostMapping("/ambang/kembalikan")
	String returnThresholds(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return step(user, BASE + "/ambang", "jobcheck.flash.returned", redirect,
				(who) -> this.editor.returnThresholds(who, note));
	}

	@PostMapping("/ambang/buang")
	String discardThresholds(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return step(user, BASE + "/ambang", "jobcheck.flash.discarded", redirect, this.editor::discardThresholds);
	}

	// ---- helpers ----

	/**
	 * Saves a valid form and redirects to the page the save answers, with a flash
	 * message; shows the form again with the errors otherwise (a domain error on its
	 * field).
	 */
	private static String save(BindingResult binding, RedirectAttributes redirect, Supplier<String> saveAndGetPage,
			Supplier<String> showAgain) {
		if (!binding.hasErrors()) {
			try {
				String page = saveAndGetPage.get();
				redirect.addFlashAttribute("flash", "jobcheck.flash.drafted");
				return "redirect:" + page;
			}
			catch (InvalidInputException | RuleViolationException ex) {
				reject(binding, ex);
			}
		}
		return showAgain.get();
	}

	/**
	 * One review step: done with a flash message, or refused with the reason as a flash
	 * error; either way back to the page.
	 */
	private String step(CurrentUser user, String page, String done, RedirectAttributes redirect,
			Consumer<CurrentUser> change) {
		requireEditor(user);
		try {
			change.accept(user);
			redirect.addFlashAttribute("flash", done);
		}
		catch (InvalidInputException | RuleViolationException ex) {
			FormMessage message = FormMessage.of(ex);
			redirect.addFlashAttribute("flashError", message.code());
			redirect.addFlashAttribute("flashArgs", message.args());
		}
		return "redirect:" + page;
	}

	private String showForm(String code, SignForm form, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("signForm", form);
		return "knowledge/jobcheck/sign-form";
	}

	private String showThresholds(CurrentUser user, ThresholdForm form, Model model) {
		model.addAttribute("thresholds", this.editor.thresholds(user));
		model.addAttribute("thresholdForm", form);
		model.addAttribute("mayEdit", this.editor.mayEdit(user));
		model.addAttribute("me", user.getUsername());
		return "knowledge/jobcheck/thresholds";
	}

	private void requireEditor(CurrentUser user) {
		if (!this.editor.mayEdit(user)) {
			throw new AccessDeniedException("Warning signs are edited by national editors");
		}
	}

	private static void reject(BindingResult binding, RuntimeException ex) {
		FormMessage message = FormMessage.of(ex);
		if (message.field() != null
				&& BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), message.field()) != null) {
			binding.rejectValue(message.field(), message.code(), message.args(), message.code());
		}
		else {
			binding.reject(message.code(), message.args(), message.code());
		}
	}

}
