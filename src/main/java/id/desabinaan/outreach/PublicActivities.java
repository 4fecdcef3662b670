package id.desabinaan.outreach;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * What everyone may read about activities: those shown publicly, of villages whose page
 * is public (designated or suspended), without officers, photos or notes.
 */
@Service
@Transactional(readOnly = true)
public class PublicActivities {

	/** The most activities one answer holds. */
	public static final int LIMIT = 500;

	private final Activities activities;

	private final ActivityService service;

	PublicActivities(Activities activities, ActivityService service) {
		this.activities = activities;
		this.service = service;
	}

	/**
	 * Public activities, optionally of one village (desa/kelurahan code) and between two
	 * days (inclusive, in the office's zone), in time order; at most {@link #LIMIT}.
	 */
	public List<PublicActivity> list(String villageCode, LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to", "outreach.error.period.order");
		}
		Specification<Activity> spec = (root, query, cb) -> cb.isTrue(root.get("shownPublicly"));
		if (villageCode != null && !villageCode.isBlank()) {
			if (!RegionCode.isValid(villageCode.strip())) {
				throw new InvalidInputException("village", "outreach.error.village.code", villageCode);
			}
			String code = villageCode.strip();
			spec = spec.and((root, query, cb) -> cb.equal(root.get("villageCode"), code));
		}
		if (from != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("startsAt"),
					from.minusDays(1).atStartOfDay(OfficeZones.DEFAULT_ZONE).toInstant()));
		}
		if (to != null) {
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("startsAt"),
					to.plusDays(2).atStartOfDay(OfficeZones.DEFAULT_ZONE).toInstant()));
		}
		ActivityViews views = this.service.views();
		List<Activity> found = this.activities.findAll(spec, PageRequest.of(0, LIMIT, Sort.by("startsAt", "id")))
			.stream()
			.filter((activity) -> isPublic(activity, views))
			.toList();
		return views.of(found)
			.stream()
			.filter((view) -> (from == null || !view.date().isBefore(from)) && (to == null || !view.date().isAfter(to)))
			.map(PublicActivity::of)
			.toList();
	}

	/** One public activity. */
	public PublicActivity find(long id) {
		ActivityViews views = this.service.views();
		return this.activities.findById(id)
			.filter((activity) -> activity.isShownPublicly() && isPublic(activity, views))
			.map((activity) -> PublicActivity.of(views.of(activity)))
			.orElseThrow(() -> new NotFoundException("outreach.activity.notFound", id));
	}

	private static boolean isPublic(Activity activity, ActivityViews views) {
		PartnerVillageSummary village = views.village(activity.getPartnerVillageId());
		return village != null && (village.status() == PartnerVillageSummary.Status.DESIGNATED
				|| village.status() == PartnerVillageSummary.Status.SUSPENDED);
	}

}
