package id.desabinaan.outreach.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityService.PhotoContent;
import id.desabinaan.outreach.ActivityStatus;
import id.desabinaan.outreach.ActivityType;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.ScopeLevel;

/**
 * Reading activities: the list with filters ({@code /app/kegiatan}), the month calendar
 * ({@code /app/kegiatan/kalender?bulan=2026-11}), one activity and its photos. Both list
 * and calendar are plain GET forms and links: they work without JavaScript.
 */
@Controller
@RequestMapping("/app/kegiatan")
class ActivityPageController {

	private final ActivityService activities;

	private final OfficeDirectory offices;

	ActivityPageController(ActivityService activities, OfficeDirectory offices) {
		this.activities = activities;
		this.offices = offices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filters") ActivityFilters filters,
			Model model) {
		List<ActivityView> found = this.activities.list(user, filters.filter());
		model.addAttribute("more", found.size() > ActivityService.LIST_LIMIT);
		model.addAttribute("limit", ActivityService.LIST_LIMIT);
		model.addAttribute("activities", found.stream().limit(ActivityService.LIST_LIMIT).toList());
		addChoices(user, model);
		return "outreach/list";
	}

	@GetMapping("/kalender")
	String calendar(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String bulan,
			@ModelAttribute("filters") ActivityFilters filters, Model model) {
		YearMonth month = month(bulan, user);
		List<ActivityView> found = this.activities.list(user, filters.filter(month.atDay(1), month.atEndOfMonth()));
		Map<LocalDate, List<ActivityView>> byDay = new TreeMap<>(found.stream()
			.sorted((a, b) -> a.startsAt().toLocalDateTime().compareTo(b.startsAt().toLocalDateTime()))
			.collect(Collectors.groupingBy(ActivityView::date)));
		model.addAttribute("month", month);
		model.addAttribute("previous", month.minusMonths(1));
		model.addAttribute("next", month.plusMonths(1));
		model.addAttribute("weeks", weeks(month, byDay));
		model.addAttribute("count", found.size());
		addChoices(user, model);
		return "outreach/calendar";
	}

	@GetMapping("/{id}")
	String view(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("activity", this.activities.find(user, id));
		model.addAttribute("may", this.activities.permissions(user, id));
		model.addAttribute("photoForm", new PhotoForm());
		return "outreach/view";
	}

	@GetMapping("/{id}/foto/{photoId}")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long photoId) {
		return photoResponse(this.activities.photo(user, id, photoId, false));
	}

	@GetMapping("/{id}/foto/{photoId}/kecil")
	ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long photoId) {
		return photoResponse(this.activities.photo(user, id, photoId, true));
	}

	private static ResponseEntity<byte[]> photoResponse(PhotoContent photo) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("Content-Disposition", "inline")
			.body(photo.content());
	}

	/** The offices, villages, types and statuses the filters offer. */
	private void addChoices(CurrentUser user, Model model) {
		List<OfficeSummary> offices = (user.scope().level() == ScopeLevel.OFFICE
				|| user.scope().level() == ScopeLevel.VILLAGE)
						? List.of()
						: this.offices.all()
							.stream()
							.filter((office) -> office.level() == OfficeLevel.OFFICE)
							.filter((office) -> this.offices.covers(user.scope(), office.id()))
							.toList();
		model.addAttribute("offices", offices);
		model.addAttribute("villages", this.activities.villagesToRead(user));
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("mayRecord", this.activities.mayRecord(user));
	}

	private YearMonth month(String value, CurrentUser user) {
		if (value != null && !value.isBlank()) {
			try {
				return YearMonth.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				// an unreadable month shows the current one
			}
		}
		ZoneId zone = (user.scope().officeId() != null) ? this.offices.find(user.scope().officeId())
			.map(OfficeSummary::timeZone)
			.map(ZoneId::of)
			.orElse(ZoneId.of("Asia/Jakarta")) : ZoneId.of("Asia/Jakarta");
		return YearMonth.now(zone);
	}

	/** Monday-first weeks covering the month. */
	static List<Week> weeks(YearMonth month, Map<LocalDate, List<ActivityView>> byDay) {
		List<Week> weeks = new ArrayList<>();
		LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		while (!day.isAfter(end)) {
			List<Day> days = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				days.add(new Day(day, YearMonth.from(day).equals(month), byDay.getOrDefault(day, List.of())));
				day = day.plusDays(1);
			}
			weeks.add(new Week(days));
		}
		return weeks;
	}

	/** A calendar row. */
	record Week(List<Day> days) {
	}

	/** A calendar cell: a day and its activities. */
	record Day(LocalDate date, boolean inMonth, List<ActivityView> activities) {
	}

}
