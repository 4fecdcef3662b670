package id.desabinaan.outreach.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.desabinaan.outreach.ActivityFilter;
import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.shared.CurrentUser;

/**
 * Export of the activities the user may read, with attendance, for a period:
 * {@code /app/kegiatan/ekspor?dari=2026-01-01&sampai=2026-12-31&format=xlsx} (or
 * {@code csv}). Without a period the page shows the form; a bad period comes back on the
 * form with its message.
 */
@Controller
class ActivityExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ActivityService activities;

	private final ActivityExport export;

	ActivityExportController(ActivityService activities, ActivityExport export) {
		this.activities = activities;
		this.export = export;
	}

	@GetMapping("/app/kegiatan/ekspor")
	Object export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("exportForm") ExportForm form,
			BindingResult binding, Model model, Locale locale) {
		if (form.getDari() == null && form.getSampai() == null) {
			return "outreach/export";
		}
		LocalDate from = ActivityFilters.date(form.getDari());
		LocalDate to = ActivityFilters.date(form.getSampai());
		if (from == null) {
			binding.rejectValue("dari", "outreach.error.date", "outreach.error.date");
		}
		if (to == null) {
			binding.rejectValue("sampai", "outreach.error.date", "outreach.error.date");
		}
		boolean csv = "csv".equals(form.getFormat());
		if (!csv && !"xlsx".equals(form.getFormat())) {
			binding.rejectValue("format", "outreach.export.error.format", "outreach.export.error.format");
		}
		if (binding.hasErrors()) {
			return "outreach/export";
		}
		Optional<List<ActivityView>> found = FormErrors.attempt(binding, Map.of("from", "dari", "to", "sampai"), "",
				() -> this.activities.period(user, ActivityFilter.period(from, to)));
		if (found.isEmpty()) {
			return "outreach/export";
		}
		List<List<Object>> rows = this.export.rows(found.get(), locale);
		String name = "kegiatan-" + from + "-" + to + (csv ? ".csv" : ".xlsx");
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv ? this.export.csv(rows) : this.export.xlsx(rows, "Kegiatan"));
	}

}
