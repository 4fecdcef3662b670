package id.desabinaan.outreach.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.AttendanceCounts;
import id.desabinaan.outreach.AttendanceSource;
import id.desabinaan.outreach.participant.DemoParticipants;
import id.desabinaan.outreach.participant.HeldActivities;
import id.desabinaan.outreach.participant.ParticipantService;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * The demo data of participant lists and quizzes (profile {@code demo}): Pakuncen's
 * sosialisasi of 22 August 2024 has its participant list and a quiz with a plausible
 * gain, and loading again changes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class DemoQuizzesTests {

	@Autowired
	ActivityService activities;

	@Autowired
	PartnerVillageDirectory villages;

	@Autowired
	ParticipantService participants;

	@Autowired
	QuizService quizzes;

	@Autowired
	UserDetailsService users;

	@Autowired
	List<ApplicationRunner> runners;

	@Test
	void pakuncensSosialisasiHasItsParticipantListAndAQuizWithAPlausibleGain() {
		ActivityView activity = demoActivity();

		assertThat(activity.attendanceSource()).isEqualTo(AttendanceSource.PARTICIPANT_LIST);
		assertThat(activity.attendance()).isEqualTo(new AttendanceCounts(new AttendanceCounts.AgeBands(0, 8, 10, 4, 1),
				new AttendanceCounts.AgeBands(1, 11, 9, 3, 0), new AttendanceCounts.TargetGroups(17, 5, 2, 3, 20)));
		assertThat(
				this.participants.list(HeldActivities.user(this.users, "staf.wonosobo"), activity.id()).participants())
			.hasSize(47);
		QuizResults results = this.quizzes.results(activity.id());
		assertThat(results.pre().responses()).isEqualTo(40);
		assertThat(results.post().responses()).isEqualTo(38);
		assertThat(results.pre().averagePercent()).isBetween(30.0, 60.0);
		assertThat(results.post().averagePercent()).isBetween(65.0, 95.0);
		assertThat(results.gainPoints()).isBetween(20.0, 50.0);
		assertThat(this.quizzes.village(HeldActivities.user(this.users, "kepala.wonosobo"), activity.villageId())
			.activitiesCounted()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void loadingAgainChangesNothing() throws Exception {
		ActivityView before = demoActivity();
		QuizResults results = this.quizzes.results(before.id());

		for (ApplicationRunner runner : this.runners) {
			if (runner instanceof DemoQuizzes || runner.getClass().getSimpleName().equals("DemoParticipants")) {
				runner.run(new DefaultApplicationArguments());
			}
		}

		ActivityView after = demoActivity();
		assertThat(after.attendance()).isEqualTo(before.attendance());
		assertThat(this.quizzes.results(before.id())).isEqualTo(results);
	}

	private ActivityView demoActivity() {
		return DemoParticipants
			.pakuncenActivity(this.activities, this.villages, DemoParticipants.ACTIVITY_TITLE,
					DemoParticipants.ACTIVITY_DATE)
			.orElseThrow();
	}

}
