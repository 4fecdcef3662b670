package id.desabinaan.outreach.quiz.web;

import java.util.Map;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.outreach.quiz.QuizPhase;
import id.desabinaan.outreach.quiz.QuizService;
import id.desabinaan.outreach.quiz.QuizService.QuizOverview;
import id.desabinaan.outreach.quiz.QuizService.Score;
import id.desabinaan.outreach.quiz.QuizTopic;
import id.desabinaan.platform.QrCodes;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The quiz of an activity under {@code /app/kegiatan/{id}/kuis}: results for every
 * reader; for who may record the activity the setup (questions from the bank), the link
 * with its QR code, opening and closing it, and typing in paper sheets. The village's
 * results are under {@code /app/kuis/desa/{villageId}}.
 */
@Controller
class QuizController {

	private final QuizService quizzes;

	private final String publicBaseUrl;

	QuizController(QuizService quizzes, @Value("${desabinaan.public-base-url}") String publicBaseUrl) {
		this.quizzes = quizzes;
		this.publicBaseUrl = publicBaseUrl;
	}

	@GetMapping("/app/kegiatan/{id}/kuis")
	String quiz(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return show(user, id, null, null, null, model);
	}

	@PostMapping("/app/kegiatan/{id}/kuis")
	String setQuestions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "questionIds", required = false) List<Long> questionIds, Model model,
			RedirectAttributes redirect) {
		requireManager(user, id);
		try {
			this.quizzes.setQuestions(user, id, (questionIds != null) ? questionIds : List.of());
			redirect.addFlashAttribute("flash", "quiz.flash.questions");
			return "redirect:/app/kegiatan/" + id + "/kuis";
		}
		catch (InvalidInputException ex) {
			return show(user, id, questionIds, ex.getMessageCode(), ex.getArguments(), model);
		}
		catch (RuleViolationException ex) {
			return show(user, id, questionIds, ex.getMessageCode(), ex.getArguments(), model);
		}
	}

	@PostMapping("/app/kegiatan/{id}/kuis/tautan")
	String setLinkOpen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean open, RedirectAttributes redirect) {
		this.quizzes.setLinkOpen(user, id, open);
		redirect.addFlashAttribute("flash", open ? "quiz.flash.opened" : "quiz.flash.closed");
		return "redirect:/app/kegiatan/" + id + "/kuis";
	}

	@GetMapping("/app/kegiatan/{id}/kuis/jawaban")
	String paperForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return showPaper(user, id, new AnswerForm(), null, null, model);
	}

	@PostMapping("/app/kegiatan/{id}/kuis/jawaban")
	String recordPaper(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
		QuizOverview overview = requireManager(user, id);
		AnswerForm form = AnswerForm.of(parameters);
		try {
			Score score = this.quizzes.recordPaper(user, id, form.phase(), form.chosen(overview.questions().size()));
			redirect.addFlashAttribute("flash", "quiz.flash.paperSaved");
			redirect.addFlashAttribute("flashArgs", new Object[] {
					new DefaultMessageSourceResolvable(phaseKey(score.phase())), score.correct(), score.total() });
			redirect.addFlashAttribute("lastPhase", score.phase().name());
			return "redirect:/app/kegiatan/" + id + "/kuis/jawaban";
		}
		catch (InvalidInputException ex) {
			return showPaper(user, id, form, ex.getField(), ex.getMessageCode(), model);
		}
		catch (RuleViolationException ex) {
			return showPaper(user, id, form, ex.getField(), ex.getMessageCode(), model);
		}
	}

	@GetMapping("/app/kuis/desa/{villageId}")
	String village(@AuthenticationPrincipal CurrentUser user, @PathVariable long villageId, Model model) {
		model.addAttribute("village", this.quizzes.village(user, villageId));
		return "outreach/quiz/village";
	}

	private String show(CurrentUser user, long id, List<Long> chosen, String error, Object[] errorArgs, Model model) {
		QuizOverview overview = this.quizzes.overview(user, id);
		model.addAttribute("quiz", overview);
		if (overview.mayManage()) {
			model.addAttribute("bank", this.quizzes.bank());
			model.addAttribute("topics", QuizTopic.values());
			model.addAttribute("minQuestions", QuizService.MIN_QUESTIONS);
			model.addAttribute("maxQuestions", QuizService.MAX_QUESTIONS);
			model.addAttribute("chosen", (chosen != null) ? chosen
					: overview.questions().stream().map((question) -> question.getId()).toList());
			if (overview.code() != null) {
				String link = this.publicBaseUrl + "/kuis/" + overview.code();
				model.addAttribute("link", link);
				model.addAttribute("qr", QrCodes.pngDataUri(link));
			}
		}
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", errorArgs);
		return "outreach/quiz/activity";
	}

	private String showPaper(CurrentUser user, long id, AnswerForm form, String field, String error, Model model) {
		QuizOverview overview = requireManager(user, id);
		if (!overview.exists()) {
			return "redirect:/app/kegiatan/" + id + "/kuis";
		}
		model.addAttribute("quiz", overview);
		model.addAttribute("answerForm", form);
		model.addAttribute("errorField", field);
		model.addAttribute("error", error);
		model.addAttribute("phases", QuizPhase.values());
		return "outreach/quiz/paper";
	}

	private QuizOverview requireManager(CurrentUser user, long id) {
		QuizOverview overview = this.quizzes.overview(user, id);
		if (!overview.mayManage()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only who may record the activity manages its quiz");
		}
		return overview;
	}

	static String phaseKey(QuizPhase phase) {
		return "quiz.phase." + phase.name();
	}

}
