package id.desabinaan.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;
import id.desabinaan.village.VillageOutreach;

/**
 * The demo activities: Pakuncen's ceremony and visits, upcoming activities that stay
 * upcoming, a village due for a visit on pimpasa.wonosobo's "my villages", and a loader
 * that changes nothing when it runs again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class DemoActivitiesTests {

	static final String PAKUNCEN = "33.07.06.2009";

	static final String KALIGOWONG = "33.07.01.2001";

	static final String KECIS = "33.07.06.2001";

	@Autowired
	DemoActivities loader;

	@Autowired
	ActivityService activities;

	@Autowired
	MyVillages myVillages;

	@Autowired
	VillageOutreach outreach;

	@Autowired
	PartnerVillageDirectory villages;

	@Autowired
	UserDetailsService users;

	CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	PartnerVillageSummary village(String code) {
		return this.villages.findByCode(RegionCode.of(code)).orElseThrow();
	}

	List<ActivityView> activitiesOf(String code) {
		return this.activities.list(user("admin"),
				new ActivityFilter(null, village(code).id(), null, null, null, null));
	}

	@Test
	void pakuncenHasItsDesignationCeremonyWithSosialisasiAndLaterVisits() {
		ActivityView ceremony = activitiesOf(PAKUNCEN).stream()
			.filter((activity) -> activity.place().equals("Hotel Front One Harvest Wonosobo"))
			.findFirst()
			.orElseThrow();
		assertThat(ceremony.type()).isEqualTo(ActivityType.SOSIALISASI);
		assertThat(ceremony.date()).isEqualTo(LocalDate.of(2024, 3, 7));
		assertThat(ceremony.status()).isEqualTo(ActivityStatus.HELD);
		assertThat(ceremony.participants()).isEqualTo(64);
		assertThat(ceremony.officers()).isNotEmpty();
		assertThat(activitiesOf(PAKUNCEN)).extracting(ActivityView::type)
			.contains(ActivityType.MOBILE_PASSPORT_SERVICE, ActivityType.INSTALLATION, ActivityType.COORDINATION_VISIT);

		VillageOutreach.Totals totals = this.outreach.totals(village(PAKUNCEN).id());
		assertThat(totals.activities()).isGreaterThanOrEqualTo(5);
		assertThat(totals.participants()).isGreaterThan(100);
		assertThat(this.outreach.upcoming(village(PAKUNCEN).id(), 3)).isNotEmpty()
			.allSatisfy(
					(upcoming) -> assertThat(upcoming.startsAt().toLocalDate()).isAfter(LocalDate.now().minusDays(1)));
	}

	@Test
	void pimpasaWonosoboSeesKaligowongDueForAVisitAndOpenItemsInKecis() {
		List<VillageDue> due = this.myVillages.of(user("pimpasa.wonosobo"));
		assertThat(due).extracting((item) -> item.village().code().value()).contains(PAKUNCEN, KALIGOWONG, KECIS);
		VillageDue kaligowong = due.stream()
			.filter((item) -> item.village().code().value().equals(KALIGOWONG))
			.findFirst()
			.orElseThrow();
		assertThat(kaligowong.visitDue()).isTrue();
		assertThat(kaligowong.lastVisit()).isEqualTo(LocalDate.of(2024, 7, 10));
		VillageDue kecis = due.stream()
			.filter((item) -> item.village().code().value().equals(KECIS))
			.findFirst()
			.orElseThrow();
		assertThat(kecis.notClosed()).isNotEmpty();
		assertThat(kecis.withoutAttendance()).isNotEmpty();
		VillageDue pakuncen = due.stream()
			.filter((item) -> item.village().code().value().equals(PAKUNCEN))
			.findFirst()
			.orElseThrow();
		assertThat(pakuncen.upcoming()).isNotEmpty();
	}

	@Test
	void runningTheLoaderAgainChangesNothing() {
		List<Long> before = activitiesOf(PAKUNCEN).stream().map(ActivityView::id).sorted().toList();
		this.loader.run(null);
		assertThat(activitiesOf(PAKUNCEN).stream().map(ActivityView::id).sorted().toList()).isEqualTo(before);
	}

}
