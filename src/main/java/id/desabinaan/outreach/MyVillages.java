package id.desabinaan.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * An officer's villages with what is due: a visit when nothing was held in the last
 * {@code desabinaan.outreach.visit-due-days} days (30 by default), upcoming activities,
 * and open items (held activities without attendance, planned activities whose time has
 * passed without being marked held or cancelled).
 *
 * <p>
 * "My villages" are those the user records in: a PIMPASA's appointed villages, a village
 * official's village, the villages of an office's staff. Viewers and administrators see
 * the first {@link #LIMIT} villages they may read.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(OutreachProperties.class)
public class MyVillages {

	/** The most villages the page lists. */
	public static final int LIMIT = 200;

	private final Activities activities;

	private final ActivityAccess access;

	private final ActivityService service;

	private final OfficeDirectory offices;

	private final OutreachProperties properties;

	private final Clock clock;

	MyVillages(Activities activities, ActivityAccess access, ActivityService service, OfficeDirectory offices,
			OutreachProperties properties, Clock clock) {
		this.activities = activities;
		this.access = access;
		this.service = service;
		this.offices = offices;
		this.properties = properties;
		this.clock = clock;
	}

	/** The number of days after which a village is due for a visit. */
	public int visitDueDays() {
		return this.properties.visitDueDays();
	}

	/** The user's villages with what is due, the most urgent first. */
	public List<VillageDue> of(CurrentUser user) {
		if (user == null) {
			throw new AccessDeniedException("Sign in first");
		}
		List<PartnerVillageSummary> villages = (user.role().readOnly() || user.hasRole(Role.SYSTEM_ADMIN))
				? this.access.villagesToRead(user) : this.access.villagesToRecord(user);
		villages = villages.stream().filter(ActivityAccess::open).limit(LIMIT).toList();
		if (villages.isEmpty()) {
			return List.of();
		}
		Set<Long> ids = villages.stream().map(PartnerVillageSummary::id).collect(Collectors.toSet());
		Instant now = this.clock.instant();
		OfficeZones zones = new OfficeZones(this.offices);
		ActivityViews views = this.service.views();
		Map<Long, PartnerVillageSummary> byId = villages.stream()
			.collect(Collectors.toMap(PartnerVillageSummary::id, Function.identity()));
		Map<Long, LocalDate> lastVisit = new HashMap<>();
		for (Object[] row : this.activities.latestByVillage(ids, ActivityStatus.HELD)) {
			long villageId = (Long) row[0];
			lastVisit.put(villageId,
					((Instant) row[1]).atZone(zones.zone(byId.get(villageId).officeId())).toLocalDate());
		}
		Map<Long, List<ActivityView>> upcoming = byVillage(views,
				this.activities.findByPartnerVillageIdInAndStatusAndStartsAtGreaterThanEqualOrderByStartsAt(ids,
						ActivityStatus.PLANNED, now));
		Map<Long, List<ActivityView>> notClosed = byVillage(views, this.activities
			.findByPartnerVillageIdInAndStatusAndStartsAtLessThanOrderByStartsAt(ids, ActivityStatus.PLANNED, now));
		Map<Long, List<ActivityView>> withoutAttendance = byVillage(views, this.activities
			.findByPartnerVillageIdInAndStatusAndAttendanceSourceIsNullOrderByStartsAt(ids, ActivityStatus.HELD));
		List<VillageDue> due = new ArrayList<>();
		for (PartnerVillageSummary village : villages) {
			LocalDate last = lastVisit.get(village.id());
			LocalDate today = LocalDate.now(this.clock.withZone(zones.zone(village.officeId())));
			boolean visitDue = last == null || last.isBefore(today.minusDays(visitDueDays()));
			due.add(new VillageDue(village, last, visitDue, upcoming.getOrDefault(village.id(), List.of()),
					withoutAttendance.getOrDefault(village.id(), List.of()),
					notClosed.getOrDefault(village.id(), List.of())));
		}
		due.sort(Comparator.comparing((VillageDue item) -> !item.visitDue())
			.thenComparing((VillageDue item) -> -item.openItems())
			.thenComparing((VillageDue item) -> item.village().name()));
		return due;
	}

	private static Map<Long, List<ActivityView>> byVillage(ActivityViews views, List<Activity> found) {
		return views.of(found).stream().collect(Collectors.groupingBy(ActivityView::villageId));
	}

}
