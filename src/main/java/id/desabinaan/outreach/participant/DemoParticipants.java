package id.desabinaan.outreach.participant;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.desabinaan.outreach.ActivityFilter;
import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.ActivityStatus;
import id.desabinaan.outreach.ActivityType;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * A demo participant list, after the demo activities: the 47 participants of Pakuncen's
 * sosialisasi of 22 August 2024 (the same split by sex, age band and target group as the
 * activity's demo counts), imported through the real CSV import, so the attendance is
 * derived from it. Idempotent: an activity that has participants is left alone.
 */
@Component
@Order(410)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
public class DemoParticipants implements ApplicationRunner {

	/** The demo activity's title, as the outreach demo data names it. */
	public static final String ACTIVITY_TITLE = "Sosialisasi paspor dan bahaya PMI non-prosedural";

	public static final LocalDate ACTIVITY_DATE = LocalDate.of(2024, 8, 22);

	static final String PAKUNCEN = "33.07.06.2009";

	private static final Logger log = LoggerFactory.getLogger(DemoParticipants.class);

	private static final String[] MEN = { "Agus", "Budi", "Joko", "Slamet", "Wahyu", "Eko", "Bambang", "Heru", "Imam",
			"Rudi", "Teguh", "Yusuf" };

	private static final String[] WOMEN = { "Siti", "Sri", "Dewi", "Tri", "Endang", "Nur", "Wulan", "Rina", "Ani",
			"Lestari", "Yuni", "Ratna" };

	private static final String[] FAMILY = { "Santoso", "Wibowo", "Lestari", "Rahayu", "Hidayat", "Purnomo", "Susanti",
			"Wijaya", "Saputra", "Handayani" };

	/** Age in 2024 used for each band: under 17, 17-25, 26-40, 41-60, over 60. */
	private static final int[] BAND_AGES = { 16, 21, 33, 48, 63 };

	/** Men and women per age band, and everyone per target group, as the demo counts. */
	private static final int[] MALE = { 0, 8, 10, 4, 1 };

	private static final int[] FEMALE = { 1, 11, 9, 3, 0 };

	private static final String[] GROUPS = { "calon PMI", "PMI purna", "pelajar", "perangkat desa", "masyarakat umum" };

	private static final int[] GROUP_COUNTS = { 17, 5, 2, 3, 20 };

	private final ParticipantService participants;

	private final Participants stored;

	private final ActivityService activities;

	private final PartnerVillageDirectory villages;

	DemoParticipants(ParticipantService participants, Participants stored, ActivityService activities,
			PartnerVillageDirectory villages) {
		this.participants = participants;
		this.stored = stored;
		this.activities = activities;
		this.villages = villages;
	}

	/** The account demo data is loaded as: an administrator that exists nowhere else. */
	public static CurrentUser loader() {
		return new CurrentUser(0L, "demo", "Demo", Role.SYSTEM_ADMIN, Scope.national(), null, true, true);
	}

	/**
	 * A held demo activity of Pakuncen by its title and day, if the outreach demo made
	 * it.
	 */
	public static Optional<ActivityView> pakuncenActivity(ActivityService activities, PartnerVillageDirectory villages,
			String title, LocalDate day) {
		return villages.findByCode(RegionCode.of(PAKUNCEN))
			.flatMap(
					(village) -> activities
						.list(loader(),
								new ActivityFilter(null, village.id(), day, day, ActivityType.SOSIALISASI,
										ActivityStatus.HELD))
						.stream()
						.filter((activity) -> activity.title().equals(title))
						.findFirst());
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<ActivityView> activity = pakuncenActivity(this.activities, this.villages, ACTIVITY_TITLE,
				ACTIVITY_DATE);
		if (activity.isEmpty()) {
			log.warn("Demo participant list not loaded: the demo activity \"{}\" is missing", ACTIVITY_TITLE);
			return;
		}
		if (this.stored.countByActivityId(activity.get().id()) > 0) {
			return;
		}
		this.participants.upload(loader(), activity.get().id(), "daftar-hadir-pakuncen.csv", csv(), null);
		log.info("Demo participant list of \"{}\" imported", ACTIVITY_TITLE);
	}

	/**
	 * The list as an officer would upload it (semicolons, Indonesian headers): every name
	 * unique, the minor a pupil, the target groups handed out in turn.
	 */
	static byte[] csv() {
		// the groups in turn (calon PMI, PMI purna, pelajar, ...) while each lasts; one
		// pupil kept for the minor
		List<String> groups = new ArrayList<>();
		int[] left = GROUP_COUNTS.clone();
		left[2]--;
		while (groups.size() < 46) {
			for (int g = 0; g < GROUPS.length; g++) {
				if (left[g]-- > 0) {
					groups.add(GROUPS[g]);
				}
			}
		}
		StringBuilder text = new StringBuilder("Nama;Jenis kelamin;Umur;Kelompok sasaran;Telepon\r\n");
		int row = 0;
		for (int sex = 0; sex < 2; sex++) {
			int[] bands = (sex == 0) ? MALE : FEMALE;
			String[] given = (sex == 0) ? MEN : WOMEN;
			int person = 0;
			for (int band = 0; band < bands.length; band++) {
				for (int i = 0; i < bands[band]; i++) {
					String name = given[person % given.length] + " " + FAMILY[person / given.length];
					String group = (BAND_AGES[band] < 17) ? "pelajar" : groups.remove(nextFor(groups, BAND_AGES[band]));
					String phone = (row % 3 == 0) ? "0812" + (7000000 + row) : "";
					text.append(String.join(";", name, (sex == 0) ? "L" : "P", String.valueOf(BAND_AGES[band]), group,
							phone))
						.append("\r\n");
					person++;
					row++;
				}
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The next group in turn, passing over "pelajar" for anyone older than 25. */
	private static int nextFor(List<String> groups, int age) {
		for (int i = 0; i < groups.size(); i++) {
			if (age <= 25 || !groups.get(i).equals("pelajar")) {
				return i;
			}
		}
		return 0;
	}

}
