package id.desabinaan.outreach.participant;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.outreach.ActivityDraft;
import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityType;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * Activities made for one test in Desa Pakuncen (Kanim Wonosobo), with a unique title, so
 * that tests never share participants or quiz answers.
 */
public final class HeldActivities {

	public static final String PAKUNCEN = "33.07.06.2009";

	private HeldActivities() {
	}

	/** A sosialisasi in Pakuncen that took place yesterday, marked held. */
	public static long heldInPakuncen(ActivityService activities, PartnerVillageDirectory villages,
			UserDetailsService users) {
		CurrentUser admin = user(users, "admin");
		long id = plannedInPakuncen(activities, villages, users,
				LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusDays(1));
		activities.markHeld(admin, id);
		return id;
	}

	/** A sosialisasi in Pakuncen at the given time (WIB), still planned. */
	public static long plannedInPakuncen(ActivityService activities, PartnerVillageDirectory villages,
			UserDetailsService users, LocalDateTime startsAt) {
		CurrentUser admin = user(users, "admin");
		long villageId = villages.findByCode(RegionCode.of(PAKUNCEN)).orElseThrow().id();
		return activities.plan(admin,
				new ActivityDraft(villageId, ActivityType.SOSIALISASI, null,
						"Sosialisasi uji " + UUID.randomUUID().toString().substring(0, 8), "Balai Desa Pakuncen",
						startsAt, List.of(), Set.of(), null, Set.of(), null, List.of(), null, true));
	}

	public static CurrentUser user(UserDetailsService users, String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

}
