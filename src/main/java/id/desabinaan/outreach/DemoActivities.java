package id.desabinaan.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.outreach.Activity.Details;
import id.desabinaan.outreach.Activity.MaterialLine;
import id.desabinaan.outreach.Activity.OfficerLine;
import id.desabinaan.outreach.AttendanceCounts.AgeBands;
import id.desabinaan.outreach.AttendanceCounts.TargetGroups;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.Mentoring;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Demo activities in the demo partner villages, after the villages and their officers
 * (named as appointed on the day): Pakuncen's designation ceremony with a sosialisasi at
 * Hotel Front One Harvest Wonosobo on 7 March 2024 and the visits that followed, a mobile
 * passport service day, activities in the other villages, upcoming ones and open items.
 * Kaligowong has had no activity for months, so "my villages" shows it as due. Idempotent
 * by village and title; an upcoming demo activity whose time has passed is moved to the
 * next month again, so that the pages always show something to come.
 */
@Component
@Order(400)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoActivities implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final Activities activities;

	private final ReferenceEntries references;

	private final PartnerVillageDirectory villages;

	private final AccountDirectory accounts;

	private final Mentoring mentoring;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoActivities(Activities activities, ReferenceEntries references, PartnerVillageDirectory villages,
			AccountDirectory accounts, Mentoring mentoring, TransactionTemplate transactions, Clock clock) {
		this.activities = activities;
		this.references = references;
		this.villages = villages;
		this.accounts = accounts;
		this.mentoring = mentoring;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> demos().forEach(this::ensure));
	}

	private List<Demo> demos() {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(WIB)).withSecond(0).withNano(0);
		LocalDateTime nextMonth = now.plusMonths(1).withHour(9).withMinute(0);
		List<Demo> demos = new ArrayList<>();
		// Desa Pakuncen, Selomerto, Wonosobo: the reference case
		demos.add(held("33.07.06.2009", ActivityType.SOSIALISASI,
				"Pengukuhan Desa Binaan Imigrasi Pakuncen dan sosialisasi keimigrasian",
				"Hotel Front One Harvest Wonosobo", LocalDateTime.of(2024, 3, 7, 9, 0),
				List.of("VILLAGE_GOVERNMENT", "DISNAKER", "POLICE"), List.of("PASSPORT", "SAFE_MIGRATION", "TPPO_TPPM"),
				"Leaflet migrasi aman", 100,
				counts(new int[] { 0, 6, 14, 12, 3 }, new int[] { 0, 9, 13, 6, 1 }, new int[] { 12, 6, 0, 18, 28 }),
				"Sertifikat diserahkan Kepala Seksi Dokumen Perjalanan kepada Kepala Desa Pakuncen."));
		demos.add(held("33.07.06.2009", ActivityType.INSTALLATION, "Pemasangan papan informasi pelaporan orang asing",
				"Balai Desa Pakuncen", LocalDateTime.of(2024, 5, 16, 10, 0), List.of("VILLAGE_GOVERNMENT"),
				List.of("REPORTING_FOREIGNERS"), null, 0,
				counts(new int[] { 0, 0, 5, 4, 1 }, new int[] { 0, 0, 2, 1, 0 }, new int[] { 0, 0, 0, 13, 0 }), null));
		demos.add(held("33.07.06.2009", ActivityType.SOSIALISASI, "Sosialisasi paspor dan bahaya PMI non-prosedural",
				"Balai Desa Pakuncen", LocalDateTime.of(2024, 8, 22, 13, 0), List.of("BP3MI", "VILLAGE_GOVERNMENT"),
				List.of("PASSPORT", "M_PASPOR", "MIGRANT_WORKER_RIGHTS"), "Leaflet paspor", 60,
				counts(new int[] { 0, 8, 10, 4, 1 }, new int[] { 1, 11, 9, 3, 0 }, new int[] { 17, 5, 2, 3, 20 }),
				null));
		demos.add(held("33.07.06.2009", ActivityType.MOBILE_PASSPORT_SERVICE, "Layanan Eazy Passport di Desa Pakuncen",
				"Balai Desa Pakuncen", LocalDateTime.of(2024, 11, 14, 8, 0), List.of("VILLAGE_GOVERNMENT"),
				List.of("EAZY_PASSPORT", "E_PASSPORT"), null, 0,
				counts(new int[] { 2, 10, 8, 2, 0 }, new int[] { 1, 12, 6, 1, 0 }, new int[] { 26, 2, 3, 0, 11 }),
				"42 pemohon paspor baru dan penggantian dilayani di desa."));
		demos.add(held("33.07.06.2009", ActivityType.COORDINATION_VISIT, "Kunjungan koordinasi dengan perangkat desa",
				"Kantor Desa Pakuncen", now.minusDays(12).withHour(10).withMinute(0), List.of("VILLAGE_GOVERNMENT"),
				List.of("SAFE_MIGRATION"), null, 0,
				counts(new int[] { 0, 0, 3, 2, 0 }, new int[] { 0, 0, 1, 1, 0 }, new int[] { 0, 0, 0, 7, 0 }), null));
		demos.add(planned("33.07.06.2009", ActivityType.SOSIALISASI, "Sosialisasi migrasi aman bagi calon PMI",
				"Balai Desa Pakuncen", nextMonth, List.of("DISNAKER", "BP3MI"),
				List.of("SAFE_MIGRATION", "TPPO_TPPM")));
		demos.add(planned("33.07.06.2009", ActivityType.MOBILE_PASSPORT_SERVICE,
				"Layanan paspor keliling (Eazy Passport)", "Balai Desa Pakuncen", nextMonth.plusDays(10).withHour(8),
				List.of("VILLAGE_GOVERNMENT"), List.of("EAZY_PASSPORT")));
		// Desa Kaligowong, Wonosobo: nothing held for months, so a visit is due
		demos.add(held("33.07.01.2001", ActivityType.SOSIALISASI, "Sosialisasi keimigrasian bagi warga Kaligowong",
				"Balai Desa Kaligowong", LocalDateTime.of(2024, 7, 10, 9, 0), List.of("VILLAGE_GOVERNMENT"),
				List.of("PASSPORT", "SAFE_MIGRATION"), "Leaflet paspor", 40,
				counts(new int[] { 0, 5, 7, 4, 2 }, new int[] { 0, 6, 8, 3, 1 }, new int[] { 9, 4, 0, 4, 19 }), null));
		// Desa Kecis, Selomerto: recent forum, one held activity without attendance, one
		// planned activity whose time passed without being closed
		demos.add(held("33.07.06.2001", ActivityType.COMMUNITY_FORUM,
				"Forum warga tentang tawaran kerja ke luar negeri", "Balai Desa Kecis",
				now.minusDays(20).withHour(19).withMinute(30), List.of("POLICE"),
				List.of("TPPO_TPPM", "SAFE_MIGRATION"), null, 0,
				counts(new int[] { 0, 6, 9, 5, 2 }, new int[] { 0, 4, 6, 3, 1 }, new int[] { 8, 3, 0, 2, 23 }), null));
		demos.add(held("33.07.06.2001", ActivityType.SCHOOL_SESSION, "Sosialisasi migrasi aman di sekolah",
				"SMP di Kecamatan Selomerto", now.minusDays(8).withHour(9).withMinute(0), List.of("DISDIK"),
				List.of("SAFE_MIGRATION", "PASSPORT"), "Stiker migrasi aman", 120, null, null));
		demos.add(stale("33.07.06.2001", ActivityType.COORDINATION_VISIT, "Koordinasi rencana layanan paspor",
				"Kantor Desa Kecis", now.minusDays(3).withHour(10).withMinute(0)));
		// Kabupaten Temanggung
		demos.add(held("33.23.01.2001", ActivityType.SOSIALISASI, "Sosialisasi paspor dan migrasi aman",
				"Pendopo Kecamatan Bulu", LocalDateTime.of(2025, 3, 12, 9, 0),
				List.of("DISNAKER", "VILLAGE_GOVERNMENT"), List.of("PASSPORT", "SAFE_MIGRATION"), "Leaflet paspor", 50,
				counts(new int[] { 0, 7, 9, 5, 1 }, new int[] { 0, 8, 10, 4, 1 }, new int[] { 14, 6, 0, 5, 20 }),
				null));
		demos.add(planned("33.23.01.2001", ActivityType.COMMUNITY_FORUM, "Forum warga: mengenali calo TKI",
				"Balai Desa", now.plusDays(20).withHour(19).withMinute(0), List.of("POLICE"), List.of("TPPO_TPPM")));
		demos.add(held("33.23.02.2001", ActivityType.SOSIALISASI, "Sosialisasi pencegahan TPPO", "Balai Desa Tembarak",
				LocalDateTime.of(2025, 8, 6, 13, 30), List.of("POLICE", "DINSOS"),
				List.of("TPPO_TPPM", "MIGRANT_WORKER_RIGHTS"), "Poster pencegahan TPPO", 20,
				counts(new int[] { 0, 4, 8, 6, 2 }, new int[] { 0, 5, 7, 5, 1 }, new int[] { 6, 4, 0, 6, 22 }), null));
		// Kabupaten Cilacap (Kanim Cilacap)
		demos.add(held("33.01.01.2001", ActivityType.SOSIALISASI, "Sosialisasi keimigrasian di wilayah pesisir",
				"Balai Desa Tambakreja", LocalDateTime.of(2024, 6, 20, 9, 0), List.of("POLICE", "VILLAGE_GOVERNMENT"),
				List.of("REPORTING_FOREIGNERS", "TPPO_TPPM"), "Leaflet pelaporan orang asing", 70,
				counts(new int[] { 0, 9, 12, 8, 3 }, new int[] { 0, 7, 10, 6, 2 }, new int[] { 10, 8, 0, 6, 33 }),
				null));
		demos.add(planned("33.01.01.2001", ActivityType.SCHOOL_SESSION, "Sosialisasi paspor bagi siswa SMK",
				"SMK di Kecamatan Cilacap Selatan", now.plusDays(25).withHour(9).withMinute(0), List.of("DISDIK"),
				List.of("PASSPORT", "E_PASSPORT")));
		demos.add(held("33.01.02.2001", ActivityType.SOSIALISASI, "Sosialisasi paspor bagi calon PMI",
				"Balai Desa Menganti", LocalDateTime.of(2025, 1, 15, 9, 0), List.of("BP3MI"),
				List.of("PASSPORT", "SAFE_MIGRATION"), null, 0,
				counts(new int[] { 0, 10, 6, 1, 0 }, new int[] { 0, 12, 5, 1, 0 }, new int[] { 25, 3, 0, 0, 7 }),
				null));
		return demos;
	}

	private void ensure(Demo demo) {
		Optional<PartnerVillageSummary> found = this.villages.findByCode(RegionCode.of(demo.villageCode()));
		if (found.isEmpty()) {
			log.warn("Demo activity '{}' not created: no partner village {}", demo.title(), demo.villageCode());
			return;
		}
		PartnerVillageSummary village = found.get();
		Instant startsAt = demo.startsAt().atZone(WIB).toInstant();
		Optional<Activity> existing = this.activities.findFirstByVillageCodeAndTitle(demo.villageCode(), demo.title());
		if (existing.isPresent()) {
			keepUpcoming(existing.get(), demo, startsAt);
			return;
		}
		Activity activity = Activity.plan(village.id(), village.code().value(), village.officeId(), new Details(
				demo.type(), null, demo.title(), demo.place(), startsAt, demo.notes(), true,
				officers(village, demo.startsAt().toLocalDate()), ids(ReferenceKind.INSTITUTION, demo.institutions()),
				null, ids(ReferenceKind.TOPIC, demo.topics()), null,
				(demo.material() != null) ? List.of(new MaterialLine(demo.material(), demo.quantity())) : List.of()));
		if (demo.held()) {
			activity.markHeld(this.clock.instant());
			if (demo.counts() != null) {
				activity.recordAttendance(demo.counts(), AttendanceSource.COUNTS);
			}
		}
		this.activities.saveAndFlush(activity);
	}

	/**
	 * An upcoming demo whose time has passed since the last start moves forward again.
	 */
	private void keepUpcoming(Activity activity, Demo demo, Instant startsAt) {
		if (demo.upcoming() && activity.getStatus() == ActivityStatus.PLANNED
				&& activity.getStartsAt().isBefore(this.clock.instant())) {
			activity.reschedule(startsAt);
			this.activities.saveAndFlush(activity);
		}
	}

	/**
	 * The officers appointed to the village on the day (the demo officers of the village
	 * module), or else the head of the serving Kanim among the demo accounts.
	 */
	private List<OfficerLine> officers(PartnerVillageSummary village, LocalDate day) {
		List<OfficerLine> officers = new ArrayList<>();
		this.mentoring.officersOf(village.id(), day)
			.forEach((officer) -> officers.add(new OfficerLine(officer.accountId(), officer.displayName())));
		if (officers.isEmpty()) {
			this.accounts.findByUsername("kepala.wonosobo")
				.filter((account) -> account.scope().officeId() != null
						&& account.scope().officeId() == village.officeId())
				.map((AccountSummary account) -> new OfficerLine(account.id(), account.displayName()))
				.ifPresent(officers::add);
		}
		return officers;
	}

	private Set<Long> ids(ReferenceKind kind, List<String> codes) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String code : codes) {
			this.references.findByKindAndCode(kind, code).map(ReferenceEntry::getId).ifPresent(ids::add);
		}
		return ids;
	}

	private static AttendanceCounts counts(int[] male, int[] female, int[] groups) {
		return new AttendanceCounts(new AgeBands(male[0], male[1], male[2], male[3], male[4]),
				new AgeBands(female[0], female[1], female[2], female[3], female[4]),
				new TargetGroups(groups[0], groups[1], groups[2], groups[3], groups[4]))
			.validate();
	}

	private static Demo held(String village, ActivityType type, String title, String place, LocalDateTime at,
			List<String> institutions, List<String> topics, String material, int quantity, AttendanceCounts counts,
			String notes) {
		return new Demo(village, type, title, place, at, institutions, topics, material, quantity, true, counts, notes,
				false);
	}

	private static Demo planned(String village, ActivityType type, String title, String place, LocalDateTime at,
			List<String> institutions, List<String> topics) {
		return new Demo(village, type, title, place, at, institutions, topics, null, 0, false, null, null, true);
	}

	/** A planned activity whose time has passed: an open item on "my villages". */
	private static Demo stale(String village, ActivityType type, String title, String place, LocalDateTime at) {
		return new Demo(village, type, title, place, at, List.of("VILLAGE_GOVERNMENT"), List.of("PASSPORT"), null, 0,
				false, null, null, false);
	}

	record Demo(String villageCode, ActivityType type, String title, String place, LocalDateTime startsAt,
			List<String> institutions, List<String> topics, String material, int quantity, boolean held,
			AttendanceCounts counts, String notes, boolean upcoming) {

		Demo {
			if (upcoming && held) {
				throw new IllegalArgumentException("An upcoming demo is not held");
			}
		}

	}

}
