package id.desabinaan.outreach;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Turns activities into {@link ActivityView}s for one request with few queries: each
 * office, village and reference list is looked up once, the photos of all activities in
 * one query (the entity's collections are batch-fetched).
 */
final class ActivityViews {

	private final OfficeZones zones;

	private final PartnerVillageDirectory villages;

	private final ReferenceEntries referenceEntries;

	private final ActivityPhotos photos;

	private final Map<Long, PartnerVillageSummary> seenVillages = new HashMap<>();

	private Map<Long, ReferenceItem> references;

	ActivityViews(OfficeDirectory offices, PartnerVillageDirectory villages, ReferenceEntries referenceEntries,
			ActivityPhotos photos) {
		this.zones = new OfficeZones(offices);
		this.villages = villages;
		this.referenceEntries = referenceEntries;
		this.photos = photos;
	}

	/** The partner village of a designation id, {@code null} if there is none. */
	PartnerVillageSummary village(long id) {
		return this.seenVillages.computeIfAbsent(id, (key) -> this.villages.find(key).orElse(null));
	}

	ActivityView of(Activity activity) {
		return of(List.of(activity)).get(0);
	}

	List<ActivityView> of(List<Activity> activities) {
		if (activities.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ActivityView.Photo>> photosByActivity = this.photos
			.findByActivityIdInOrderById(activities.stream().map(Activity::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ActivityPhoto::getActivityId,
					Collectors.mapping(ActivityPhoto::view, Collectors.toList())));
		return activities.stream()
			.map((activity) -> view(activity, photosByActivity.getOrDefault(activity.getId(), List.of())))
			.toList();
	}

	private ActivityView view(Activity activity, List<ActivityView.Photo> photos) {
		PartnerVillageSummary village = village(activity.getPartnerVillageId());
		ZoneId zone = this.zones.zone(activity.getOfficeId());
		return new ActivityView(activity.getId(), activity.getPartnerVillageId(), activity.getVillageCode(),
				(village != null) ? village.name() : activity.getVillageCode(),
				(village != null) ? village.fullName() : activity.getVillageCode(), activity.getOfficeId(),
				this.zones.name(activity.getOfficeId()), activity.getType(), activity.getOtherType(),
				activity.getTitle(), activity.getPlace(), ZonedDateTime.ofInstant(activity.getStartsAt(), zone),
				OfficeZones.label(zone), activity.getStatus(), activity.getCancelReason(), activity.getNotes(),
				activity.isShownPublicly(),
				activity.getOfficers()
					.stream()
					.map((line) -> new ActivityView.Officer(line.getAccountId(), line.getDisplayName()))
					.toList(),
				items(activity.getInstitutions()), activity.getOtherInstitution(), items(activity.getTopics()),
				activity.getOtherTopic(),
				activity.getMaterials()
					.stream()
					.map((line) -> new Material(line.getName(), line.getQuantity()))
					.toList(),
				activity.getAttendanceSource(), activity.getAttendance(), photos, activity.getVersion());
	}

	/** Reference entries by id, in list order. */
	private List<ReferenceItem> items(Set<Long> ids) {
		if (this.references == null) {
			this.references = this.referenceEntries.findAll()
				.stream()
				.collect(Collectors.toMap(ReferenceEntry::getId, ReferenceEntry::item));
		}
		return ids.stream()
			.map(this.references::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparingInt(ReferenceItem::position).thenComparing(ReferenceItem::id))
			.toList();
	}

}
