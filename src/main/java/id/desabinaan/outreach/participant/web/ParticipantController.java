package id.desabinaan.outreach.participant.web;

import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.outreach.participant.ParticipantService;
import id.desabinaan.outreach.participant.ParticipantService.ImportResult;
import id.desabinaan.outreach.participant.ParticipantService.UploadOutcome;
import id.desabinaan.outreach.participant.ParticipantTemplates;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The participant list of an activity under {@code /app/kegiatan/{id}/peserta}: the list
 * (audited), the upload, the review of an upload with bad rows (import the good rows or
 * discard), removing one participant, and the template files to fill in.
 */
@Controller
class ParticipantController {

	private final ParticipantService participants;

	ParticipantController(ParticipantService participants) {
		this.participants = participants;
	}

	@GetMapping("/app/kegiatan/{id}/peserta")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("list", this.participants.list(user, id));
		model.addAttribute("limits", this.participants.limits());
		return "outreach/participant/list";
	}

	@PostMapping("/app/kegiatan/{id}/peserta/impor")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "replaces", required = false) String replaces, Model model,
			RedirectAttributes redirect) throws IOException {
		// who may not record the activity is refused before his file is read
		this.participants.activity(user, id);
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			UploadOutcome outcome = this.participants.upload(user, id,
					(file != null) ? file.getOriginalFilename() : null, content, blankToNull(replaces));
			if (outcome.wasImported()) {
				flashImported(redirect, outcome.result());
				return "redirect:/app/kegiatan/" + id + "/peserta";
			}
			return "redirect:/app/kegiatan/" + id + "/peserta/impor/" + outcome.token();
		}
		catch (InvalidInputException ex) {
			return fileError(user, id, ex.getMessageCode(), ex.getArguments(), replaces, model);
		}
		catch (RuleViolationException ex) {
			return fileError(user, id, ex.getMessageCode(), ex.getArguments(), replaces, model);
		}
	}

	@GetMapping("/app/kegiatan/{id}/peserta/impor/{token}")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String token,
			Model model) {
		model.addAttribute("review", this.participants.review(user, id, token));
		model.addAttribute("limits", this.participants.limits());
		return "outreach/participant/review";
	}

	@PostMapping("/app/kegiatan/{id}/peserta/impor/{token}/baris-valid")
	String importGoodRows(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String token,
			RedirectAttributes redirect) {
		try {
			flashImported(redirect, this.participants.importGoodRows(user, id, token));
			return "redirect:/app/kegiatan/" + id + "/peserta";
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageCode());
			return "redirect:/app/kegiatan/" + id + "/peserta/impor/" + token;
		}
	}

	@PostMapping("/app/kegiatan/{id}/peserta/impor/{token}/batal")
	String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String token,
			RedirectAttributes redirect) {
		this.participants.discard(user, id, token);
		redirect.addFlashAttribute("flash", "participant.flash.discarded");
		return "redirect:/app/kegiatan/" + id + "/peserta";
	}

	@PostMapping("/app/kegiatan/{id}/peserta/{participantId}/hapus")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long participantId,
			RedirectAttributes redirect) {
		try {
			this.participants.remove(user, id, participantId);
			redirect.addFlashAttribute("flash", "participant.flash.removed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageCode());
		}
		return "redirect:/app/kegiatan/" + id + "/peserta";
	}

	@GetMapping("/app/peserta/templat.xlsx")
	ResponseEntity<byte[]> xlsxTemplate() {
		return download(ParticipantTemplates.xlsx(),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "daftar-peserta.xlsx");
	}

	@GetMapping("/app/peserta/templat.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return download(ParticipantTemplates.csv(), "text/csv;charset=UTF-8", "daftar-peserta.csv");
	}

	private String fileError(CurrentUser user, long id, String code, Object[] arguments, String replaces, Model model) {
		model.addAttribute("list", this.participants.list(user, id));
		model.addAttribute("limits", this.participants.limits());
		model.addAttribute("fileError", code);
		model.addAttribute("fileErrorArgs", arguments);
		model.addAttribute("replaces", replaces);
		return "outreach/participant/list";
	}

	private static void flashImported(RedirectAttributes redirect, ImportResult result) {
		redirect.addFlashAttribute("flash", "participant.flash.imported");
		redirect.addFlashAttribute("flashArgs",
				new Object[] { result.added(), result.updated(), result.skipped(), result.total() });
	}

	private static ResponseEntity<byte[]> download(byte[] content, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
