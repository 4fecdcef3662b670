package id.desabinaan.outreach.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.outreach.ActivityService;
import id.desabinaan.outreach.AttendanceCounts;
import id.desabinaan.outreach.AttendanceSource;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.participant.ParticipantService.ImportResult;
import id.desabinaan.outreach.participant.ParticipantService.ParticipantView;
import id.desabinaan.outreach.participant.ParticipantService.UploadOutcome;
import id.desabinaan.outreach.participant.ParticipantService.UploadReview;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.PartnerVillageDirectory;

/**
 * Participant lists against the real database and the real outreach core: import,
 * de-duplication, the kept upload with bad rows, derived attendance, the audit log,
 * scope.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ParticipantServiceTests {

	private static final String HEADER = "Nama;Jenis kelamin;Umur;Kelompok sasaran;Telepon;NIK";

	@Autowired
	ParticipantService service;

	@Autowired
	ActivityService activities;

	@Autowired
	PartnerVillageDirectory villages;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser staff;

	long activityId;

	@BeforeEach
	void heldActivity() {
		this.staff = HeldActivities.user(this.users, "staf.wonosobo");
		this.activityId = HeldActivities.heldInPakuncen(this.activities, this.villages, this.users);
	}

	@Test
	void importsACleanListAtOnceAndCountsAttendanceFromIt() {
		UploadOutcome outcome = upload(TestFiles.csv(HEADER, "Siti Aminah;P;25;calon PMI;0812 3456 7890;",
				"Budi Santoso;L;45;PMI purna;;", "Rina;P;15;pelajar;;", "Joko;L;70;masyarakat umum;;"));

		assertThat(outcome.wasImported()).isTrue();
		assertThat(outcome.result()).isEqualTo(new ImportResult(4, 0, 0, 4));
		ActivityView activity = this.activities.find(this.staff, this.activityId);
		assertThat(activity.attendanceSource()).isEqualTo(AttendanceSource.PARTICIPANT_LIST);
		AttendanceCounts counts = activity.attendance();
		assertThat(counts.total()).isEqualTo(4);
		assertThat(counts.female()).isEqualTo(new AttendanceCounts.AgeBands(1, 1, 0, 0, 0));
		assertThat(counts.male()).isEqualTo(new AttendanceCounts.AgeBands(0, 0, 0, 1, 1));
		assertThat(counts.groups()).isEqualTo(new AttendanceCounts.TargetGroups(1, 1, 1, 0, 1));
	}

	@Test
	void reimportingTheSameOrAnOverlappingListNeverDuplicatesAParticipant() {
		upload(TestFiles.csv(HEADER, "Siti Aminah;P;25;calon PMI;;3307064506000001", "Budi Santoso;L;45;umum;;",
				"Dewi;P;30;umum;;"));

		// same people written differently, one with a NIK now, plus one new person
		ImportResult again = upload(TestFiles.csv(HEADER, "  SITI   aminah ;p;25;CPMI;;3307064506000001",
				"budi  SANTOSO.;l;45;masyarakat umum;081234567890;", "Dewi;P;30;umum;;3307064107950002",
				"Agus;L;20;pelajar;;"))
			.result();

		assertThat(again).isEqualTo(new ImportResult(1, 3, 0, 4));
		List<ParticipantView> list = this.service.list(this.staff, this.activityId).participants();
		assertThat(list).extracting(ParticipantView::name)
			.containsExactlyInAnyOrder("SITI aminah", "budi SANTOSO.", "Dewi", "Agus");
		assertThat(list).filteredOn((p) -> p.name().equals("Dewi")).singleElement().satisfies((dewi) -> {
			assertThat(dewi.nikKnown()).isTrue();
		});
		assertThat(list).filteredOn((p) -> p.name().startsWith("budi")).singleElement().satisfies((budi) -> {
			assertThat(budi.phone()).isEqualTo("+6281234567890");
		});
		// the same NIK under another name is the same person; another NIK with the same
		// name is someone else
		ImportResult third = upload(TestFiles.csv(HEADER, "Siti Aminah Binti Karto;P;25;calon PMI;;3307064506000001",
				"Dewi;P;30;umum;;3307064107950003"))
			.result();
		assertThat(third).isEqualTo(new ImportResult(1, 1, 0, 5));
		assertThat(this.activities.find(this.staff, this.activityId).participants()).isEqualTo(5);
	}

	@Test
	void keepsNoNikOnlyItsKeyedHash() {
		upload(TestFiles.csv(HEADER, "Siti Aminah;P;25;calon PMI;;3307064506000001"));

		List<String> stored = this.jdbc.queryForList("select nik_hash from outreach_participant where activity_id = ?",
				String.class, this.activityId);
		assertThat(stored).singleElement().satisfies((hash) -> {
			assertThat(hash).hasSize(64).doesNotContain("3307064506000001");
		});
		String everything = this.jdbc
			.queryForList("select * from outreach_participant where activity_id = ?", this.activityId)
			.toString();
		assertThat(everything).doesNotContain("3307064506000001");
	}

	@Test
	void aListWithBadRowsImportsNothingAndKeepsTheFileUntilTheGoodRowsAreChosen() {
		UploadOutcome outcome = upload(TestFiles.csv(HEADER, "Siti Aminah;P;25;calon PMI;;", "Budi;X;45;umum;;",
				"Rina;P;15;pelajar;;", ";P;abc;umum;;"));

		assertThat(outcome.wasImported()).isFalse();
		assertThat(this.activities.find(this.staff, this.activityId).attendanceRecorded()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from outreach_participant where activity_id = ?",
				Integer.class, this.activityId))
			.isZero();
		UploadReview review = this.service.review(this.staff, this.activityId, outcome.token());
		assertThat(review.rows()).isEqualTo(4);
		assertThat(review.goodRows()).isEqualTo(2);
		assertThat(review.badRows()).isEqualTo(2);
		assertThat(review.problems()).extracting(RowProblem::row).containsExactly(3, 5, 5);

		ImportResult result = this.service.importGoodRows(this.staff, this.activityId, outcome.token());

		assertThat(result).isEqualTo(new ImportResult(2, 0, 2, 2));
		assertThat(this.activities.find(this.staff, this.activityId).participants()).isEqualTo(2);
		assertThatThrownBy(() -> this.service.review(this.staff, this.activityId, outcome.token()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aKeptUploadBelongsToItsUploaderAndCanBeDiscarded() {
		UploadOutcome outcome = upload(TestFiles.csv(HEADER, "Siti;P;25;calon PMI;;", "Budi;X;45;umum;;"));
		CurrentUser head = HeldActivities.user(this.users, "kepala.wonosobo");

		assertThatThrownBy(() -> this.service.review(head, this.activityId, outcome.token()))
			.isInstanceOf(NotFoundException.class);

		this.service.discard(this.staff, this.activityId, outcome.token());
		assertThatThrownBy(() -> this.service.importGoodRows(this.staff, this.activityId, outcome.token()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.activities.find(this.staff, this.activityId).attendanceRecorded()).isFalse();
	}

	@Test
	void refusesFilesThatAreTooLargeOrBrokenNamingTheFileField() {
		byte[] large = new byte[(int) this.service.limits().maxFileSize().toBytes() + 1];
		Arrays.fill(large, (byte) 'a');
		assertThatThrownBy(() -> upload(large)).isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
			assertThat(ex.getField()).isEqualTo("file");
			assertThat(ex.getMessageCode()).isEqualTo("participant.file.tooLarge");
		});
		byte[] corrupt = Arrays.copyOf(
				TestFiles.xlsx(List.of(List.of("Nama", "JK", "Umur", "Sasaran"), List.of("Siti", "P", 25, "umum"))),
				300);
		assertThatThrownBy(() -> upload(corrupt)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getMessageCode()).isEqualTo("participant.file.brokenXlsx"));
	}

	@Test
	void importsOnlyIntoHeldActivities() {
		long planned = HeldActivities.plannedInPakuncen(this.activities, this.villages, this.users,
				java.time.LocalDateTime.now().plusDays(7));

		assertThatThrownBy(() -> this.service.upload(this.staff, planned, "a.csv",
				TestFiles.csv(HEADER, "Siti;P;25;umum;;"), null))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void readingTheListIsWrittenToTheAuditLog() {
		long before = this.audit.count(ParticipantService.AUDIT_VIEWED, "activity:" + this.activityId);

		this.service.list(this.staff, this.activityId);
		this.service.list(HeldActivities.user(this.users, "desa.pakuncen"), this.activityId);

		assertThat(this.audit.count(ParticipantService.AUDIT_VIEWED, "activity:" + this.activityId))
			.isEqualTo(before + 2);
	}

	@Test
	void onlyWhoMayRecordTheActivityReadsOrChangesItsList() {
		for (String viewer : List.of("nasional", "kanwil.jateng", "kepala.yogyakarta")) {
			CurrentUser user = HeldActivities.user(this.users, viewer);
			assertThatThrownBy(() -> this.service.list(user, this.activityId)).as(viewer)
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.service.upload(user, this.activityId, "a.csv",
					TestFiles.csv(HEADER, "Siti;P;25;umum;;"), null))
				.as(viewer)
				.isInstanceOf(AccessDeniedException.class);
		}
		CurrentUser village = HeldActivities.user(this.users, "desa.pakuncen");
		assertThat(
				this.service.upload(village, this.activityId, "a.csv", TestFiles.csv(HEADER, "Siti;P;25;umum;;"), null)
					.wasImported())
			.isTrue();
	}

	@Test
	void removingAParticipantCountsAttendanceAgain() {
		upload(TestFiles.csv(HEADER, "Siti;P;25;umum;;", "Budi;L;45;umum;;"));
		ParticipantView budi = this.service.list(this.staff, this.activityId)
			.participants()
			.stream()
			.filter((p) -> p.name().equals("Budi"))
			.findFirst()
			.orElseThrow();

		this.service.remove(this.staff, this.activityId, budi.id());

		assertThat(this.activities.find(this.staff, this.activityId).participants()).isEqualTo(1);
	}

	@Test
	void theTemplatesHaveTheHeadersTheImportReads() {
		assertThat(new String(ParticipantTemplates.csv(), StandardCharsets.UTF_8))
			.startsWith("\uFEFFNama;Jenis kelamin (L/P);Umur;Kelompok sasaran;Telepon;NIK");
		assertThat(ParticipantFile.check(ParticipantTemplates.csv(), 10, 2025).valid()).hasSize(1);
		assertThat(ParticipantFile.check(ParticipantTemplates.xlsx(), 10, 2025).valid()).hasSize(1);
	}

	private UploadOutcome upload(byte[] content) {
		return this.service.upload(this.staff, this.activityId, "peserta.csv", content, null);
	}

}
