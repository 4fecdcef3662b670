package id.desabinaan.knowledge.jobcheck.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.knowledge.jobcheck.CallbackService;
import id.desabinaan.knowledge.jobcheck.CallbackService.CallbackDraft;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers;
import id.desabinaan.knowledge.jobcheck.JobOfferCheck;
import id.desabinaan.knowledge.jobcheck.JobOfferQuery;
import id.desabinaan.knowledge.jobcheck.JobOfferQuery.Reading;
import id.desabinaan.knowledge.jobcheck.JobOfferResult;
import id.desabinaan.region.RegionChoice;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionPicker;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/**
 * The public job-offer check ({@code /cek-lowongan}): a GET form, so that the check needs
 * no account, opens no session, stores nothing and its result is a link the resident can
 * share. Only the call-back request, which he asks for on purpose, is a POST (with the
 * usual CSRF token, which opens a session on that one form).
 */
@Controller
class JobCheckController {

	private static final String FORM = "knowledge/jobcheck/check";

	private static final String CALLBACK_FORM = "knowledge/jobcheck/callback";

	private final JobOfferCheck check;

	private final RegionPicker picker;

	private final CallbackService callbacks;

	JobCheckController(JobOfferCheck check, RegionPicker picker, CallbackService callbacks) {
		this.check = check;
		this.picker = picker;
		this.callbacks = callbacks;
	}

	/** The questions; answers in the address (from "change my answers") are filled in. */
	@GetMapping("/cek-lowongan")
	String form(@RequestParam Map<String, String> parameters, Model model) {
		Reading reading = JobOfferQuery.read(parameters);
		return showForm(parameters, reading.answers(), villageChoice(parameters), new FieldErrors(), model);
	}

	@GetMapping("/cek-lowongan/hasil")
	String result(@RequestParam Map<String, String> parameters, Model model) {
		Reading reading = JobOfferQuery.read(parameters);
		RegionChoice village = villageChoice(parameters);
		FieldErrors errors = new FieldErrors();
		errors.addAll(reading.errors());
		if (!errors.isEmpty() || FieldErrors.pickerBlocks(village, false)) {
			return showForm(parameters, reading.answers(), village, errors, model);
		}
		JobOfferAnswers answers = reading.answers().withVillage(village.code());
		JobOfferResult result = this.check.check(answers);
		model.addAttribute("result", result);
		model.addAttribute("reference", this.check.reference());
		model.addAttribute("today", this.check.today());
		model.addAttribute("query", JobOfferQuery.toQuery(answers));
		return "knowledge/jobcheck/result";
	}

	@GetMapping("/cek-lowongan/panggilan-balik")
	String callbackForm(@RequestParam Map<String, String> parameters, Model model) {
		JobOfferAnswers answers = JobOfferQuery.read(parameters).answers();
		return showCallback(answers, parameters, villageChoice(parameters), new FieldErrors(), model);
	}

	@PostMapping("/cek-lowongan/panggilan-balik")
	String requestCallback(@RequestParam Map<String, String> parameters, Model model) {
		JobOfferAnswers answers = JobOfferQuery.read(parameters).answers();
		RegionChoice village = villageChoice(parameters).required();
		FieldErrors errors = new FieldErrors();
		if (!FieldErrors.pickerBlocks(village, true)) {
			try {
				this.callbacks.request(new CallbackDraft(village.code(), parameters.get("name"),
						parameters.get("phone"), ticked(parameters, "consent"), ticked(parameters, "shareAnswers"),
						ticked(parameters, "shareResult"), answers));
				return "redirect:/cek-lowongan/panggilan-balik/terkirim";
			}
			catch (InvalidInputException | RuleViolationException ex) {
				errors.add(ex);
			}
		}
		return showCallback(answers, parameters, village, errors, model);
	}

	@GetMapping("/cek-lowongan/panggilan-balik/terkirim")
	String callbackSent() {
		return "knowledge/jobcheck/callback-sent";
	}

	private String showForm(Map<String, String> parameters, JobOfferAnswers answers, RegionChoice village,
			FieldErrors errors, Model model) {
		model.addAttribute("answers", answers);
		model.addAttribute("entered", parameters);
		model.addAttribute("villageChoice", village);
		model.addAttribute("errors", errors.asMap());
		model.addAttribute("destinations", this.check.destinations());
		model.addAttribute("jobs", JobOfferAnswers.Job.values());
		model.addAttribute("recruiters", JobOfferAnswers.Recruiter.values());
		model.addAttribute("visas", JobOfferAnswers.Visa.values());
		model.addAttribute("fees", JobOfferAnswers.Fee.values());
		model.addAttribute("yesNo", JobOfferAnswers.YesNo.values());
		model.addAttribute("passportHolders", JobOfferAnswers.PassportHolder.values());
		model.addAttribute("departures", JobOfferAnswers.Departure.values());
		return FORM;
	}

	private String showCallback(JobOfferAnswers answers, Map<String, String> parameters, RegionChoice village,
			FieldErrors errors, Model model) {
		Map<String, String> hidden = new LinkedHashMap<>(JobOfferQuery.parameters(answers));
		hidden.remove("village");
		model.addAttribute("hiddenAnswers", hidden);
		model.addAttribute("entered", parameters);
		model.addAttribute("villageChoice", village);
		model.addAttribute("errors", errors.asMap());
		model.addAttribute("backQuery", JobOfferQuery.toQuery(answers));
		return CALLBACK_FORM;
	}

	/** The village picker: a chosen code wins, else what was typed (a name or a code). */
	private RegionChoice villageChoice(Map<String, String> parameters) {
		return this.picker.resolve(parameters.get("village"), parameters.get("villageQuery"), RegionLevel.VILLAGE);
	}

	private static boolean ticked(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		return value != null && Arrays.asList("true", "on", "yes").contains(value);
	}

}
