package id.desabinaan.outreach;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.account.AccountDraft;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.outreach.AttendanceCounts.AgeBands;
import id.desabinaan.outreach.AttendanceCounts.TargetGroups;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;
import id.desabinaan.village.internal.AppointmentDecree;
import id.desabinaan.village.internal.OfficerFixtures;
import id.desabinaan.village.internal.OfficerService;
import id.desabinaan.village.internal.VillageFixtures;
import id.desabinaan.village.internal.VillageService;

/**
 * Partner villages, officers and activities made for one test, with unique names (the
 * test database is shared by every test of the JVM).
 */
public final class OutreachFixtures {

	public static final String PASSWORD = OfficerFixtures.PASSWORD;

	private final OfficerFixtures officers;

	private final OfficerService appointments;

	private final AccountAdministration administration;

	private final PartnerVillageDirectory villages;

	private final ActivityService activities;

	private final UserDetailsService users;

	public OutreachFixtures(ApplicationContext context) {
		this.administration = context.getBean(AccountAdministration.class);
		this.users = context.getBean(UserDetailsService.class);
		this.officers = new OfficerFixtures(this.administration, context.getBean(OfficeDirectory.class),
				context.getBean(RegionDirectory.class), context.getBean(VillageService.class), this.users);
		this.appointments = context.getBean(OfficerService.class);
		this.villages = context.getBean(PartnerVillageDirectory.class);
		this.activities = context.getBean(ActivityService.class);
	}

	public CurrentUser user(String username) {
		return VillageFixtures.user(this.users, username);
	}

	/** A village of Kabupaten Wonosobo, newly designated by Kanim Wonosobo. */
	public PartnerVillageSummary village() {
		return this.villages.find(this.officers.designatedWonosoboVillage()).orElseThrow();
	}

	/** A new PIMPASA of Kanim Wonosobo appointed to these villages from a year ago. */
	public CurrentUser officerOf(PartnerVillageSummary... villages) {
		CurrentUser officer = this.officers.wonosoboOfficer("Petugas " + UUID.randomUUID().toString().substring(0, 6));
		CurrentUser head = user("kepala.wonosobo");
		for (PartnerVillageSummary village : villages) {
			this.appointments.appoint(head, village.id(), officer.accountId(),
					new AppointmentDecree("SK-PIMPASA/" + village.id(), LocalDate.now().minusYears(1)),
					LocalDate.now().minusYears(1), null);
		}
		return officer;
	}

	/** A new account of Kanim Wonosobo with this role. */
	public CurrentUser wonosoboAccount(Role role) {
		return user(this.officers.account(role, "KANIM-WONOSOBO", "Staf " + role.name().toLowerCase()));
	}

	/** A new village official of this village. */
	public CurrentUser villageOfficial(PartnerVillageSummary village) {
		String username = "t.desa." + UUID.randomUUID().toString().substring(0, 8);
		CurrentUser admin = user("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			this.administration.create(admin, new AccountDraft(username, "Perangkat Desa", Role.VILLAGE_OFFICIAL, null,
					village.code().value(), "id", PASSWORD));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return user(username);
	}

	/** A draft of a sosialisasi in the village, at this local time, naming no officer. */
	public static ActivityDraft sosialisasi(PartnerVillageSummary village, LocalDateTime at) {
		return new ActivityDraft(village.id(), ActivityType.SOSIALISASI, null, "Sosialisasi paspor dan migrasi aman",
				"Balai Desa", at, List.of(), Set.of(), null, Set.of(), null,
				List.of(new Material("Leaflet paspor", 40)), "Catatan internal", true);
	}

	/** A held sosialisasi of yesterday in the village, planned by {@code user}. */
	public long heldActivity(CurrentUser user, PartnerVillageSummary village) {
		long id = this.activities.plan(user, sosialisasi(village, LocalDateTime.now().minusDays(1).withNano(0)));
		this.activities.markHeld(user, id);
		return id;
	}

	/**
	 * Counts of 12 men and 18 women (30), by group 10 prospective, 5 returning, 15
	 * general public.
	 */
	public static AttendanceCounts thirtyParticipants() {
		return new AttendanceCounts(new AgeBands(0, 4, 5, 2, 1), new AgeBands(1, 8, 6, 3, 0),
				new TargetGroups(10, 5, 0, 0, 15));
	}

}
