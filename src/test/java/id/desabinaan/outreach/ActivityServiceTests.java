package id.desabinaan.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import id.desabinaan.outreach.AttendanceCounts.AgeBands;
import id.desabinaan.outreach.AttendanceCounts.TargetGroups;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.PartnerVillageSummary;
import id.desabinaan.village.VillageOutreach;

/**
 * Activities through the real service and database: who may read and record where, status
 * rules, attendance rules, time zones, and the figures of the public village page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ActivityServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ActivityService activities;

	@Autowired
	VillageOutreach outreach;

	OutreachFixtures fixtures;

	PartnerVillageSummary village;

	PartnerVillageSummary otherVillage;

	CurrentUser officer;

	@BeforeEach
	void setUp() {
		this.fixtures = new OutreachFixtures(this.context);
		this.village = this.fixtures.village();
		this.otherVillage = this.fixtures.village();
		this.officer = this.fixtures.officerOf(this.village);
	}

	@Test
	void anOfficerRecordsInTheVillagesHeMentorsOnly() {
		long id = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(3)));
		assertThat(this.activities.find(this.officer, id).villageCode()).isEqualTo(this.village.code().value());
		assertThat(this.activities.villagesToRecord(this.officer)).extracting(PartnerVillageSummary::id)
			.containsExactly(this.village.id());

		assertThatThrownBy(() -> this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.otherVillage, LocalDateTime.now().plusDays(3))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("villageId"));

		CurrentUser colleague = this.fixtures.officerOf(this.otherVillage);
		assertThatThrownBy(() -> this.activities.find(colleague, id)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.activities.list(colleague, ActivityFilter.all())).extracting(ActivityView::id)
			.doesNotContain(id);
		assertThat(this.activities.list(this.officer, ActivityFilter.all())).extracting(ActivityView::id)
			.containsExactly(id);
	}

	@Test
	void aVillageOfficialSeesAndRecordsOnlyForHisVillage() {
		CurrentUser official = this.fixtures.villageOfficial(this.village);
		long own = this.activities.plan(official,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(5)));
		long other = this.activities.plan(this.fixtures.user("kepala.wonosobo"),
				OutreachFixtures.sosialisasi(this.otherVillage, LocalDateTime.now().plusDays(5)));

		assertThat(this.activities.list(official, ActivityFilter.all())).extracting(ActivityView::id)
			.contains(own)
			.doesNotContain(other);
		assertThatThrownBy(() -> this.activities.find(official, other)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.activities.plan(official,
				OutreachFixtures.sosialisasi(this.otherVillage, LocalDateTime.now().plusDays(5))))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void officeStaffRecordForTheirOfficeAndViewersOnlyRead() {
		CurrentUser staff = this.fixtures.wonosoboAccount(Role.OFFICE_STAFF);
		long id = this.activities.plan(staff,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(7)));

		CurrentUser regional = this.fixtures.user("kanwil.jateng");
		assertThat(this.activities.find(regional, id).title()).isNotBlank();
		assertThat(this.activities.permissions(regional, id).any()).isFalse();
		assertThatThrownBy(() -> this.activities.cancel(regional, id, "x")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.activities.plan(this.fixtures.user("nasional"),
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(7))))
			.isInstanceOf(AccessDeniedException.class);

		CurrentUser otherHead = this.fixtures.user("kepala.yogyakarta");
		assertThatThrownBy(() -> this.activities.find(otherHead, id)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.activities.find(this.fixtures.user("admin"), id).id()).isEqualTo(id);
	}

	@Test
	void timesAreEnteredAndShownInTheOfficeTimeZone() {
		long id = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.of(2031, 11, 20, 9, 30)));
		ActivityView view = this.activities.find(this.officer, id);
		assertThat(view.startsAtInstant()).isEqualTo(Instant.parse("2031-11-20T02:30:00Z"));
		assertThat(view.startsAt().toLocalDateTime()).isEqualTo(LocalDateTime.of(2031, 11, 20, 9, 30));
		assertThat(view.zoneLabel()).isEqualTo("WIB");
		assertThat(view.startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
	}

	@Test
	void onlyAPastPlannedActivityCanBeHeldAndOnlyAPlannedOneCancelled() {
		long future = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(2)));
		assertThatThrownBy(() -> this.activities.markHeld(this.officer, future)).isInstanceOfSatisfying(
				RuleViolationException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("outreach.error.held.future"));
		assertThatThrownBy(() -> this.activities.cancel(this.officer, future, " "))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("reason"));
		this.activities.cancel(this.officer, future, "Hujan deras");
		assertThat(this.activities.find(this.officer, future).status()).isEqualTo(ActivityStatus.CANCELLED);
		assertThat(this.activities.find(this.officer, future).cancelReason()).isEqualTo("Hujan deras");

		long held = this.fixtures.heldActivity(this.officer, this.village);
		assertThat(this.activities.find(this.officer, held).status()).isEqualTo(ActivityStatus.HELD);
		assertThatThrownBy(() -> this.activities.cancel(this.officer, held, "x"))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void attendanceIsRecordedForHeldActivitiesWithConsistentTotals() {
		long planned = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(2)));
		assertThatThrownBy(
				() -> this.activities.recordAttendance(this.officer, planned, OutreachFixtures.thirtyParticipants()))
			.isInstanceOf(RuleViolationException.class);

		long held = this.fixtures.heldActivity(this.officer, this.village);
		AttendanceCounts inconsistent = new AttendanceCounts(new AgeBands(0, 4, 5, 2, 1), new AgeBands(1, 8, 6, 3, 0),
				new TargetGroups(10, 5, 0, 0, 14));
		assertThatThrownBy(() -> this.activities.recordAttendance(this.officer, held, inconsistent))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("groupTotal");
				assertThat(ex.getArguments()).containsExactly(29, 30);
			});
		AttendanceCounts negative = new AttendanceCounts(new AgeBands(-1, 0, 0, 0, 0), AgeBands.NONE,
				TargetGroups.NONE);
		assertThatThrownBy(() -> this.activities.recordAttendance(this.officer, held, negative)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("male.under17"));

		this.activities.recordAttendance(this.officer, held, OutreachFixtures.thirtyParticipants());
		ActivityView view = this.activities.find(this.officer, held);
		assertThat(view.participants()).isEqualTo(30);
		assertThat(view.attendanceSource()).isEqualTo(AttendanceSource.COUNTS);

		AttendanceCounts fromList = new AttendanceCounts(new AgeBands(0, 1, 1, 0, 0), new AgeBands(0, 1, 0, 0, 0),
				new TargetGroups(3, 0, 0, 0, 0));
		this.activities.replaceAttendance(this.officer, held, fromList, AttendanceSource.PARTICIPANT_LIST);
		view = this.activities.find(this.officer, held);
		assertThat(view.participants()).isEqualTo(3);
		assertThat(view.attendanceSource()).isEqualTo(AttendanceSource.PARTICIPANT_LIST);
	}

	@Test
	void officersAreTheAppointedOfficersAndTheStaffOfTheServingOffice() {
		CurrentUser staff = this.fixtures.wonosoboAccount(Role.OFFICE_STAFF);
		CurrentUser yogyakarta = this.fixtures.user("kepala.yogyakarta");
		assertThat(this.activities.officerChoices(this.officer, this.village.id(), null))
			.extracting(ActivityView.Officer::accountId)
			.contains(this.officer.accountId(), staff.accountId())
			.doesNotContain(yogyakarta.accountId());

		ActivityDraft draft = OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(1));
		ActivityDraft withOfficers = new ActivityDraft(draft.villageId(), draft.type(), null, draft.title(),
				draft.place(), draft.startsAt(), List.of(this.officer.accountId(), staff.accountId()), Set.of(), null,
				Set.of(), null, List.of(), null, true);
		long id = this.activities.plan(this.officer, withOfficers);
		assertThat(this.activities.find(this.officer, id).officers()).extracting(ActivityView.Officer::accountId)
			.containsExactlyInAnyOrder(this.officer.accountId(), staff.accountId());

		ActivityDraft stranger = new ActivityDraft(draft.villageId(), draft.type(), null, draft.title(), draft.place(),
				draft.startsAt(), List.of(yogyakarta.accountId()), Set.of(), null, Set.of(), null, List.of(), null,
				true);
		assertThatThrownBy(() -> this.activities.plan(this.officer, stranger)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("officerIds"));
	}

	@Test
	void theOtherEntryOfAReferenceListAsksForText() {
		ReferenceItem other = this.activities.choices(ReferenceKind.INSTITUTION)
			.stream()
			.filter(ReferenceItem::needsText)
			.findFirst()
			.orElseThrow();
		ReferenceItem topic = this.activities.choices(ReferenceKind.TOPIC).get(0);
		ActivityDraft draft = OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(1));
		ActivityDraft withoutText = new ActivityDraft(draft.villageId(), draft.type(), null, draft.title(),
				draft.place(), draft.startsAt(), List.of(), Set.of(other.id()), " ", Set.of(topic.id()), null,
				List.of(), null, true);
		assertThatThrownBy(() -> this.activities.plan(this.officer, withoutText)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("otherInstitution"));
		ActivityDraft topicAsInstitution = new ActivityDraft(draft.villageId(), draft.type(), null, draft.title(),
				draft.place(), draft.startsAt(), List.of(), Set.of(topic.id()), null, Set.of(), null, List.of(), null,
				true);
		assertThatThrownBy(() -> this.activities.plan(this.officer, topicAsInstitution)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("institutions"));
	}

	@Test
	void theVillagePageCountsHeldActivitiesAndShowsUpcomingPublicOnes() {
		long first = this.fixtures.heldActivity(this.officer, this.village);
		this.activities.recordAttendance(this.officer, first, OutreachFixtures.thirtyParticipants());
		long second = this.fixtures.heldActivity(this.officer, this.village);
		this.activities.recordAttendance(this.officer, second, new AttendanceCounts(new AgeBands(0, 2, 2, 0, 0),
				new AgeBands(0, 3, 3, 0, 0), new TargetGroups(0, 0, 0, 10, 0)));
		long cancelled = this.activities.plan(this.officer,
				OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(4)));
		this.activities.cancel(this.officer, cancelled, "Bentrok dengan acara desa");
		this.activities.plan(this.officer, OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(2)));
		ActivityDraft hidden = OutreachFixtures.sosialisasi(this.village, LocalDateTime.now().plusDays(1));
		this.activities.plan(this.officer,
				new ActivityDraft(hidden.villageId(), ActivityType.COORDINATION_VISIT, null, "Rapat internal",
						"Kantor desa", hidden.startsAt(), List.of(), Set.of(), null, Set.of(), null, List.of(), null,
						false));

		VillageOutreach.Totals totals = this.outreach.totals(this.village.id());
		assertThat(totals.activities()).isEqualTo(2);
		assertThat(totals.participants()).isEqualTo(40);
		assertThat(totals.lastActivity())
			.isEqualTo(this.activities.find(this.officer, second).startsAt().toLocalDate());
		List<VillageOutreach.UpcomingActivity> upcoming = this.outreach.upcoming(this.village.id(), 5);
		assertThat(upcoming).hasSize(1);
		assertThat(upcoming.get(0).typeMessageKey()).isEqualTo("outreach.type.SOSIALISASI");
		assertThat(upcoming.get(0).startsAt().getZone().getId()).isEqualTo("Asia/Jakarta");
		assertThat(this.outreach.totals(this.otherVillage.id())).isEqualTo(new VillageOutreach.Totals(0, 0, null));
	}

}
