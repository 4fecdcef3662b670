package id.desabinaan.outreach.quiz.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.outreach.quiz.QuizPhase;
import id.desabinaan.outreach.quiz.QuizService;
import id.desabinaan.outreach.quiz.QuizService.PublicQuiz;
import id.desabinaan.outreach.quiz.QuizService.Score;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The quiz a participant answers on his phone: {@code /kuis/{code}}, no account, no
 * session, no script. The form posts to its own address (no CSRF token: a token would
 * need a session, and the answer of an anonymous quiz grants nothing to forge). Nothing
 * about the respondent is kept: no IP address, no browser, no cookie.
 */
@Controller
class PublicQuizController {

	private final QuizService quizzes;

	PublicQuizController(QuizService quizzes) {
		this.quizzes = quizzes;
	}

	@GetMapping("/kuis/{code}")
	String quiz(@PathVariable String code, Model model) {
		return form(quiz(code), new AnswerForm(), null, null, model);
	}

	@PostMapping("/kuis/{code}")
	String answer(@PathVariable String code, @RequestParam Map<String, String> parameters, Model model) {
		PublicQuiz quiz = quiz(code);
		AnswerForm form = AnswerForm.of(parameters);
		try {
			Score score = this.quizzes.answer(code, form.phase(), form.chosen(quiz.questions().size()));
			model.addAttribute("quiz", quiz);
			model.addAttribute("score", score);
			model.addAttribute("showAnswers", score.phase() == QuizPhase.POST);
			return "outreach/quiz/public-done";
		}
		catch (InvalidInputException ex) {
			return form(quiz, form, ex.getField(), ex.getMessageCode(), model);
		}
		catch (RuleViolationException ex) {
			return form(this.quizzes.publicQuiz(code).orElse(quiz), form, ex.getField(), ex.getMessageCode(), model);
		}
	}

	private PublicQuiz quiz(String code) {
		return this.quizzes.publicQuiz(code).orElseThrow(() -> new NotFoundException("quiz.public.notFound"));
	}

	private static String form(PublicQuiz quiz, AnswerForm form, String field, String error, Model model) {
		model.addAttribute("quiz", quiz);
		model.addAttribute("answerForm", form);
		model.addAttribute("errorField", field);
		model.addAttribute("error", error);
		model.addAttribute("phases", QuizPhase.values());
		return "outreach/quiz/public";
	}

}
