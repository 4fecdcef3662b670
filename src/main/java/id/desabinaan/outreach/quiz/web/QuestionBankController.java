package id.desabinaan.outreach.quiz.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.outreach.quiz.QuestionBank;
import id.desabinaan.outreach.quiz.QuizTopic;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;

/**
 * The question bank under {@code /app/kuis/soal}: every signed-in account reads it, an
 * administrator adds, changes, retires and restores questions.
 */
@Controller
@RequestMapping("/app/kuis/soal")
class QuestionBankController {

	private final QuestionBank bank;

	QuestionBankController(QuestionBank bank) {
		this.bank = bank;
	}

	/**
	 * Binds only the form's own fields and option slots: any other index ({@code
	 * optionId[300]}) is ignored rather than failing the request.
	 */
	@InitBinder("questionForm")
	void allowFormFieldsOnly(WebDataBinder binder) {
		java.util.List<String> fields = new java.util.ArrayList<>(
				java.util.List.of("topic", "textId", "textEn", "correctOption"));
		for (int i = 0; i < QuestionForm.SLOTS; i++) {
			fields.add("optionId[" + i + "]");
			fields.add("optionEn[" + i + "]");
		}
		binder.setAllowedFields(fields.toArray(String[]::new));
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("questions", this.bank.all(user));
		model.addAttribute("mayEdit", this.bank.mayEdit(user));
		return "outreach/quiz/bank-list";
	}

	@GetMapping("/baru")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.bank.requireEditor(user);
		return show(new QuestionForm(), null, model);
	}

	@PostMapping("/baru")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("questionForm") QuestionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		this.bank.requireEditor(user);
		try {
			this.bank.create(user, topic(form), form.getTextId(), form.getTextEn(), form.options(), correct(form));
			redirect.addFlashAttribute("flash", "quiz.bank.flash.created");
			return "redirect:/app/kuis/soal";
		}
		catch (InvalidInputException ex) {
			reject(binding, ex);
			return show(form, null, model);
		}
	}

	@GetMapping("/{id}")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		this.bank.requireEditor(user);
		return show(QuestionForm.from(this.bank.get(user, id)), id, model);
	}

	@PostMapping("/{id}")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("questionForm") QuestionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		this.bank.requireEditor(user);
		try {
			this.bank.change(user, id, topic(form), form.getTextId(), form.getTextEn(), form.options(), correct(form));
			redirect.addFlashAttribute("flash", "quiz.bank.flash.changed");
			return "redirect:/app/kuis/soal";
		}
		catch (InvalidInputException ex) {
			reject(binding, ex);
			return show(form, id, model);
		}
	}

	@PostMapping("/{id}/status")
	String setActive(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		this.bank.setActive(user, id, active);
		redirect.addFlashAttribute("flash", active ? "quiz.bank.flash.restored" : "quiz.bank.flash.retired");
		return "redirect:/app/kuis/soal";
	}

	private String show(QuestionForm form, Long id, Model model) {
		model.addAttribute("questionForm", form);
		model.addAttribute("questionId", id);
		model.addAttribute("topics", QuizTopic.values());
		model.addAttribute("slots", java.util.stream.IntStream.range(0, QuestionForm.SLOTS).boxed().toList());
		return "outreach/quiz/bank-form";
	}

	private static QuizTopic topic(QuestionForm form) {
		try {
			return (form.getTopic() == null || form.getTopic().isBlank()) ? null : QuizTopic.valueOf(form.getTopic());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static int correct(QuestionForm form) {
		return (form.getCorrectOption() != null) ? form.getCorrectOption() : -1;
	}

	static void reject(BindingResult binding, InvalidInputException ex) {
		// the question's options are entered in the form's optionId/optionEn slots
		String field = "options".equals(ex.getField()) ? "optionId" : ex.getField();
		if (field != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
			binding.rejectValue(field, ex.getMessageCode(), ex.getArguments(), ex.getMessageCode());
		}
		else {
			binding.reject(ex.getMessageCode(), ex.getArguments(), ex.getMessageCode());
		}
	}

}
