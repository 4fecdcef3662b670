package id.desabinaan.outreach.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desabinaan.outreach.ActivityDraft;
import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityService.Permissions;
import id.desabinaan.outreach.ActivityType;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.AttendanceCounts;
import id.desabinaan.outreach.ReferenceKind;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Recording activities: new ({@code /app/kegiatan/baru}, in one step with attendance and
 * a photo when it was already held), edit, attendance, photos, held, cancelled. A change
 * the user may not make is refused before its input is read (403); refused input comes
 * back in the form with the message next to its field; success redirects with a flash
 * message.
 */
@Controller
@RequestMapping("/app/kegiatan")
class ActivityChangeController {

	private final ActivityService activities;

	ActivityChangeController(ActivityService activities) {
		this.activities = activities;
	}

	@GetMapping("/baru")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireRecorder(user);
		ActivityForm form = new ActivityForm();
		List<PartnerVillageSummary> villages = this.activities.villagesToRecord(user);
		if (villages.size() == 1) {
			form.setVillageId(Long.toString(villages.get(0).id()));
		}
		// an officer usually records his own visit: he is ticked when he can be chosen
		if (!villages.isEmpty() && this.activities.officerChoices(user, villages.get(0).id(), null)
			.stream()
			.anyMatch((officer) -> officer.accountId() == user.accountId())) {
			form.setOfficerIds(new ArrayList<>(List.of(Long.toString(user.accountId()))));
		}
		form.setType(ActivityType.SOSIALISASI.name());
		form.setDate(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
		form.setTime("09:00");
		return showForm(user, form, null, model);
	}

	@PostMapping("/baru")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("activityForm") ActivityForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireRecorder(user);
		ActivityDraft draft = form.draft(binding);
		AttendanceCounts counts = null;
		if (form.isHeld() && !form.getAttendance().isEmpty()) {
			counts = form.getAttendance().counts(binding, "attendance.");
		}
		if (draft != null && !binding.hasErrors()) {
			AttendanceCounts attendance = counts;
			Optional<Long> id = FormErrors.attempt(binding, FormErrors.ACTIVITY_FIELDS, "attendance.",
					() -> this.activities.create(user, draft, form.isHeld(), attendance, form.photoUpload()));
			if (id.isPresent()) {
				return done(redirect, "outreach.flash.created", id.get());
			}
		}
		return showForm(user, form, null, model);
	}

	@GetMapping("/{id}/ubah")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		require(user, id, Permissions::edit);
		return showForm(user, ActivityForm.of(this.activities.find(user, id)), id, model);
	}

	@PostMapping("/{id}/ubah")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("activityForm") ActivityForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		require(user, id, Permissions::edit);
		ActivityView current = this.activities.find(user, id);
		form.setVillageId(Long.toString(current.villageId()));
		ActivityDraft draft = form.draft(binding);
		if (draft != null && !binding.hasErrors() && FormErrors.attempt(binding, FormErrors.ACTIVITY_FIELDS, "", () -> {
			this.activities.change(user, id, draft);
			return id;
		}).isPresent()) {
			return done(redirect, "outreach.flash.changed", id);
		}
		return showForm(user, form, id, model);
	}

	@GetMapping("/{id}/kehadiran")
	String attendanceForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		require(user, id, Permissions::attendance);
		ActivityView activity = this.activities.find(user, id);
		model.addAttribute("attendanceForm", AttendanceForm.of(activity.attendance()));
		model.addAttribute("activity", activity);
		return "outreach/attendance";
	}

	@PostMapping("/{id}/kehadiran")
	String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("attendanceForm") AttendanceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		require(user, id, Permissions::attendance);
		AttendanceCounts counts = form.counts(binding, "");
		if (counts != null && FormErrors.attempt(binding, () -> this.activities.recordAttendance(user, id, counts))) {
			return done(redirect, "outreach.flash.attendance", id);
		}
		model.addAttribute("activity", this.activities.find(user, id));
		return "outreach/attendance";
	}

	@PostMapping("/{id}/foto")
	String addPhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("photoForm") PhotoForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		require(user, id, Permissions::photos);
		if (FormErrors.attempt(binding, () -> this.activities.addPhoto(user, id, PhotoForm.upload(form.getPhoto())))) {
			return done(redirect, "outreach.flash.photo", id);
		}
		model.addAttribute("activity", this.activities.find(user, id));
		model.addAttribute("may", this.activities.permissions(user, id));
		return "outreach/view";
	}

	@PostMapping("/{id}/terlaksana")
	String markHeld(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		require(user, id, (may) -> may.edit());
		try {
			this.activities.markHeld(user, id);
			redirect.addFlashAttribute("flash", "outreach.flash.held");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageCode());
		}
		return "redirect:/app/kegiatan/" + id;
	}

	@GetMapping("/{id}/batal")
	String cancelForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		require(user, id, Permissions::cancel);
		model.addAttribute("cancelForm", new CancelForm());
		model.addAttribute("activity", this.activities.find(user, id));
		return "outreach/cancel";
	}

	@PostMapping("/{id}/batal")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("cancelForm") CancelForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		require(user, id, Permissions::edit);
		if (FormErrors.attempt(binding, () -> this.activities.cancel(user, id, form.getReason()))) {
			return done(redirect, "outreach.flash.cancelled", id);
		}
		model.addAttribute("activity", this.activities.find(user, id));
		return "outreach/cancel";
	}

	private static String done(RedirectAttributes redirect, String flash, long id) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/app/kegiatan/" + id;
	}

	private String showForm(CurrentUser user, ActivityForm form, Long id, Model model) {
		List<PartnerVillageSummary> villages = this.activities.villagesToRecord(user);
		Long villageId = parse(form.getVillageId());
		model.addAttribute("activityForm", form);
		model.addAttribute("activityId", id);
		model.addAttribute("villages", villages);
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("institutions", this.activities.choices(ReferenceKind.INSTITUTION));
		model.addAttribute("topics", this.activities.choices(ReferenceKind.TOPIC));
		model.addAttribute("officers", officers(user, villages, villageId, id));
		model.addAttribute("maxPhotoMb", this.activities.maxPhotoMegabytes());
		return "outreach/form";
	}

	/**
	 * The officers to choose from: those of the chosen village, or of every village the
	 * user records in when none is chosen yet.
	 */
	private List<ActivityView.Officer> officers(CurrentUser user, List<PartnerVillageSummary> villages, Long villageId,
			Long activityId) {
		if (villageId != null
				&& (activityId != null || villages.stream().anyMatch((village) -> village.id() == villageId))) {
			return this.activities.officerChoices(user, villageId, activityId);
		}
		return villages.stream()
			.flatMap((village) -> this.activities.officerChoices(user, village.id(), null).stream())
			.distinct()
			.toList();
	}

	private static Long parse(String value) {
		return (value != null && value.strip().matches("\\d{1,18}")) ? Long.valueOf(value.strip()) : null;
	}

	private void requireRecorder(CurrentUser user) {
		if (!this.activities.mayRecord(user)) {
			throw new AccessDeniedException("This account records no activities");
		}
	}

	private void require(CurrentUser user, long id, Predicate<Permissions> allowed) {
		if (!allowed.test(this.activities.permissions(user, id))) {
			throw new AccessDeniedException("Not allowed on this activity");
		}
	}

}
