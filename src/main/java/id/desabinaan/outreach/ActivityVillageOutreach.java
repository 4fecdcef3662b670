package id.desabinaan.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.village.VillageOutreach;

/**
 * The outreach figures of the public village page: upcoming public activities (planned,
 * shown publicly, not yet started) and the totals of held activities. Cancelled and
 * planned activities never count in the totals; participants are the attendance counts
 * (by sex and age) of held activities.
 */
@Component
@Transactional(readOnly = true)
class ActivityVillageOutreach implements VillageOutreach {

	private final Activities activities;

	private final OfficeDirectory offices;

	private final Clock clock;

	ActivityVillageOutreach(Activities activities, OfficeDirectory offices, Clock clock) {
		this.activities = activities;
		this.offices = offices;
		this.clock = clock;
	}

	@Override
	public List<UpcomingActivity> upcoming(long villageId, int limit) {
		if (limit < 1) {
			return List.of();
		}
		OfficeZones zones = new OfficeZones(this.offices);
		return this.activities
			.upcomingPublic(villageId, ActivityStatus.PLANNED, this.clock.instant(), PageRequest.of(0, limit))
			.stream()
			.map((activity) -> new UpcomingActivity(
					ZonedDateTime.ofInstant(activity.getStartsAt(), zones.zone(activity.getOfficeId())),
					activity.getType().messageKey(), activity.getTitle(), activity.getPlace()))
			.toList();
	}

	@Override
	public Totals totals(long villageId) {
		long held = this.activities.countByPartnerVillageIdAndStatus(villageId, ActivityStatus.HELD);
		long participants = this.activities.participants(villageId, ActivityStatus.HELD);
		LocalDate last = this.activities
			.findFirstByPartnerVillageIdAndStatusOrderByStartsAtDesc(villageId, ActivityStatus.HELD)
			.map((activity) -> activity.getStartsAt()
				.atZone(new OfficeZones(this.offices).zone(activity.getOfficeId()))
				.toLocalDate())
			.orElse(null);
		return new Totals(Math.toIntExact(held), Math.toIntExact(participants), last);
	}

}
