package id.desabinaan.earlywarning.subject.web;

import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.earlywarning.subject.DuplicateService;
import id.desabinaan.earlywarning.subject.SubjectService;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * Staff pages of subjects and duplicates: one subject and the reports naming it
 * ({@code /app/subjek/{id}}), the subjects of one report
 * ({@code /app/laporan/{id}/subjek}), and the proposed duplicates with their merge and
 * reject forms ({@code /app/laporan/duplikat}).
 */
@Controller
class SubjectController {

	static final String DUPLICATES = "/app/laporan/duplikat";

	private final SubjectService subjects;

	private final DuplicateService duplicates;

	SubjectController(SubjectService subjects, DuplicateService duplicates) {
		this.subjects = subjects;
		this.duplicates = duplicates;
	}

	@GetMapping("/app/subjek/{id}")
	String subject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("page", this.subjects.subject(user, id, "SUBJECT_PAGE"));
		return "earlywarning/subject/subject";
	}

	@GetMapping("/app/laporan/{id}/subjek")
	String ofReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("page", this.subjects.ofReport(user, id, "SUBJECTS_PAGE"));
		model.addAttribute("mayDecide", DuplicateService.mayDecideDuplicates(user));
		return "earlywarning/subject/report-subjects";
	}

	@GetMapping(DUPLICATES)
	String duplicates(@AuthenticationPrincipal CurrentUser user, Model model) {
		return list(user, model, Map.of());
	}

	@PostMapping(DUPLICATES + "/{id}/gabung")
	String merge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String keep, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		requireDecider(user);
		try {
			this.duplicates.merge(user, id, keep(keep), note);
		}
		catch (InvalidInputException ex) {
			return again(user, model, id, ex.getField(), ex.getMessageCode(), ex.getArguments(), note);
		}
		catch (RuleViolationException ex) {
			return again(user, model, id, ex.getField(), ex.getMessageCode(), ex.getArguments(), note);
		}
		catch (OptimisticLockingFailureException ex) {
			return again(user, model, id, "proposal", "ewsubject.duplicate.decided", new Object[0], note);
		}
		redirect.addFlashAttribute("flash", "ewsubject.flash.merged");
		return "redirect:" + DUPLICATES;
	}

	@PostMapping(DUPLICATES + "/{id}/tolak")
	String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		requireDecider(user);
		try {
			this.duplicates.reject(user, id, note);
		}
		catch (InvalidInputException ex) {
			return again(user, model, id, ex.getField(), ex.getMessageCode(), ex.getArguments(), note);
		}
		catch (RuleViolationException ex) {
			return again(user, model, id, ex.getField(), ex.getMessageCode(), ex.getArguments(), note);
		}
		catch (OptimisticLockingFailureException ex) {
			return again(user, model, id, "proposal", "ewsubject.duplicate.decided", new Object[0], note);
		}
		redirect.addFlashAttribute("flash", "ewsubject.flash.rejected");
		return "redirect:" + DUPLICATES;
	}

	/** The list again with the error next to the proposal's field, and the note kept. */
	private String again(CurrentUser user, Model model, long proposalId, String field, String code, Object[] args,
			String note) {
		model.addAttribute("entered", Map.of(proposalId, (note != null) ? note : ""));
		return list(user, model, Map.of(proposalId, new FieldMessage(field, code, args)));
	}

	private String list(CurrentUser user, Model model, Map<Long, FieldMessage> errors) {
		model.addAttribute("proposals", this.duplicates.proposed(user));
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("entered")) {
			model.addAttribute("entered", Map.of());
		}
		return "earlywarning/subject/duplicates";
	}

	/**
	 * Refuses before reading anything entered, so no form error reaches a forbidden role.
	 */
	private static void requireDecider(CurrentUser user) {
		if (!DuplicateService.mayDecideDuplicates(user)) {
			throw new AccessDeniedException("Only the office's analysts and head decide on duplicates");
		}
	}

	private static Long keep(String keep) {
		if (keep == null || keep.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(keep.trim());
		}
		catch (NumberFormatException ex) {
			// no report has this id: the service names the field once it has checked
			// scope
			return -1L;
		}
	}

	/**
	 * An error to show next to a field of one proposal's form.
	 *
	 * @param field the field
	 * @param code the message code
	 * @param args its arguments
	 */
	record FieldMessage(String field, String code, Object[] args) {
	}

}
