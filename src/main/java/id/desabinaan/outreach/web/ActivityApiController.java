package id.desabinaan.outreach.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.outreach.ActivityDraft;
import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityType;
import id.desabinaan.outreach.PublicActivities;
import id.desabinaan.outreach.ReferenceItem;
import id.desabinaan.outreach.ReferenceKind;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Activities API: public reads of public activities (no officers, photos or notes), and
 * recording by signed-in officers with the same role and scope rules as the pages. Bad
 * input answers 400 with a ProblemDetail naming the field.
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "Outreach activities in partner villages")
class ActivityApiController {

	private final PublicActivities publicActivities;

	private final ActivityService activities;

	private final PartnerVillageDirectory villages;

	ActivityApiController(PublicActivities publicActivities, ActivityService activities,
			PartnerVillageDirectory villages) {
		this.publicActivities = publicActivities;
		this.activities = activities;
		this.villages = villages;
	}

	@GetMapping
	@Operation(summary = "Public activities, optionally of one partner village and between two days (inclusive, "
			+ "in the office's time zone), in time order; at most 500")
	List<ActivityResponse> list(
			@Parameter(description = "desa/kelurahan code, e.g. 33.07.06.2009") @RequestParam(
					required = false) String village,
			@Parameter(description = "first day, yyyy-MM-dd") @RequestParam(required = false) String from,
			@Parameter(description = "last day, yyyy-MM-dd") @RequestParam(required = false) String to) {
		return this.publicActivities.list(village, date("from", from), date("to", to))
			.stream()
			.map(ActivityResponse::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One public activity (404 if it does not exist or is not public)")
	ActivityResponse one(@PathVariable long id) {
		return ActivityResponse.of(this.publicActivities.find(id));
	}

	@PostMapping
	@Operation(summary = "Records an activity (signed in; PIMPASA for his villages, office staff for their office, "
			+ "a village official for his village); with held=true and attendance in one step")
	ResponseEntity<ActivityDetailsResponse> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody ActivityRequest request) {
		if (!this.activities.mayRecord(user)) {
			throw new AccessDeniedException("This role records no activities");
		}
		ActivityDraft draft = draft(request);
		long id;
		try {
			id = this.activities.create(user, draft, Boolean.TRUE.equals(request.held()),
					(request.attendance() != null) ? request.attendance().counts() : null, null);
		}
		catch (InvalidInputException ex) {
			if ("villageId".equals(ex.getField())) {
				throw new InvalidInputException("villageCode", ex.getMessageCode(), ex.getArguments());
			}
			throw ex;
		}
		return ResponseEntity.created(URI.create("/api/v1/activities/" + id))
			.body(ActivityDetailsResponse.of(this.activities.find(user, id)));
	}

	@PostMapping("/{id}/attendance")
	@Operation(summary = "Replaces the attendance counts of a held activity; both breakdowns (sex x age band and "
			+ "target group) must add up to the same total")
	ActivityDetailsResponse attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody AttendanceRequest counts) {
		this.activities.recordAttendance(user, id, counts.counts());
		return ActivityDetailsResponse.of(this.activities.find(user, id));
	}

	private ActivityDraft draft(ActivityRequest request) {
		if (request.villageCode() == null || !RegionCode.isValid(request.villageCode())) {
			throw new InvalidInputException("villageCode", "outreach.error.village.unknown");
		}
		PartnerVillageSummary village = this.villages.findByCode(RegionCode.of(request.villageCode()))
			.orElseThrow(() -> new InvalidInputException("villageCode", "outreach.error.village.unknown"));
		ActivityType type;
		try {
			type = ActivityType.valueOf(String.valueOf(request.type()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("type", "outreach.error.type.unknown");
		}
		LocalDateTime startsAt;
		try {
			startsAt = (request.startsAt() != null) ? LocalDateTime.parse(request.startsAt()) : null;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("startsAt", "outreach.error.dateTime");
		}
		return new ActivityDraft(village.id(), type, request.otherType(), request.title(), request.place(), startsAt,
				request.officerIds(), references(ReferenceKind.INSTITUTION, "institutions", request.institutions()),
				request.otherInstitution(), references(ReferenceKind.TOPIC, "topics", request.topics()),
				request.otherTopic(), request.materials(), request.notes(),
				!Boolean.FALSE.equals(request.shownPublicly()));
	}

	private Set<Long> references(ReferenceKind kind, String field, List<String> codes) {
		Set<Long> ids = new LinkedHashSet<>();
		if (codes == null) {
			return ids;
		}
		List<ReferenceItem> choices = this.activities.choices(kind);
		for (String code : codes) {
			ids.add(choices.stream()
				.filter((item) -> item.code().equals(code))
				.findFirst()
				.map(ReferenceItem::id)
				.orElseThrow(() -> new InvalidInputException(field, "outreach.error.reference.unknown")));
		}
		return ids;
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "outreach.error.date");
		}
	}

}
