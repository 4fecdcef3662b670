package id.desabinaan.earlywarning.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * The queue as each role sees it: filters, order by risk and overdue time, paging, scope
 * per role and the full-text search with Indonesian stemming, on fixture reports of Kanim
 * Wonosobo. Reports other tests add are never counted: a test either filters on a fixture
 * officer or account of its own, or asserts only about its own reports.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ReportQueueTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportQueue queue;

	@Autowired
	ReportSearch search;

	@Autowired
	ReportAccess access;

	@Autowired
	Reports reports;

	QueueFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new QueueFixtures(this.context);
	}

	private List<Long> ids(CurrentUser user, QueueFilter filter) {
		return this.queue.page(user, filter, 1, 100).rows().stream().map(QueueRow::id).toList();
	}

	private static QueueFilter assignedTo(CurrentUser officer, QueueSort sort) {
		return new QueueFilter(null, false, null, null, null, officer.accountId(), false, null, null, null, sort);
	}

	@Test
	void ordersByRiskThenOverdueTimeByDefault() {
		CurrentUser officer = this.fixtures.account(Role.PIMPASA, this.fixtures.wonosobo(), null);
		long lowLate = this.fixtures.report("rendah terlambat")
			.risk(WarningRiskLevel.LOW, 1)
			.assignedTo(officer)
			.receivedDaysAgo(30)
			.save();
		long highNew = this.fixtures.report("tinggi baru").risk(WarningRiskLevel.HIGH, 9).assignedTo(officer).save();
		long highLate = this.fixtures.report("tinggi terlambat")
			.risk(WarningRiskLevel.HIGH, 9)
			.assignedTo(officer)
			.receivedDaysAgo(20)
			.save();
		long medium = this.fixtures.report("sedang").risk(WarningRiskLevel.MEDIUM, 5).assignedTo(officer).save();
		CurrentUser analyst = this.fixtures.user("intel.wonosobo");

		assertThat(ids(analyst, assignedTo(officer, QueueSort.RISK))).containsExactly(highLate, highNew, medium,
				lowLate);
		assertThat(ids(analyst, assignedTo(officer, QueueSort.OVERDUE))).containsExactly(lowLate, highLate, highNew,
				medium);
		List<QueueRow> rows = this.queue.page(analyst, assignedTo(officer, QueueSort.RISK), 1, 10).rows();
		assertThat(rows).filteredOn(QueueRow::overdue).extracting(QueueRow::id).containsOnly(highLate, lowLate);
		assertThat(rows.get(0).assignedName()).isEqualTo(officer.displayName());
	}

	@Test
	void filtersByStateCategoryRiskVillageOfficerAndAge() {
		CurrentUser officer = this.fixtures.account(Role.PIMPASA, this.fixtures.wonosobo(), null);
		long foreigner = this.fixtures.report("orang asing menginap")
			.category(ReportCategory.FOREIGNER)
			.village(QueueFixtures.OTHER_VILLAGE)
			.risk(WarningRiskLevel.MEDIUM, 4)
			.state(ReportState.UNDER_VERIFICATION)
			.receivedDaysAgo(10)
			.assignedTo(officer)
			.save();
		long recruiter = this.fixtures.report("calo datang").risk(WarningRiskLevel.HIGH, 8).assignedTo(officer).save();
		long closed = this.fixtures.report("sudah selesai").state(ReportState.CLOSED).assignedTo(officer).save();
		CurrentUser head = this.fixtures.user("kepala.wonosobo");
		Long id = officer.accountId();

		assertThat(
				ids(head, new QueueFilter(null, false, null, null, null, id, false, null, null, null, QueueSort.RISK)))
			.containsExactlyInAnyOrder(foreigner, recruiter);
		assertThat(
				ids(head, new QueueFilter(null, true, null, null, null, id, false, null, null, null, QueueSort.RISK)))
			.containsExactlyInAnyOrder(foreigner, recruiter, closed);
		assertThat(ids(head, new QueueFilter(ReportState.UNDER_VERIFICATION, false, null, null, null, id, false, null,
				null, null, QueueSort.RISK)))
			.containsExactly(foreigner);
		assertThat(ids(head, new QueueFilter(null, false, ReportCategory.RECRUITER, null, null, id, false, null, null,
				null, QueueSort.RISK)))
			.containsExactly(recruiter);
		assertThat(ids(head, new QueueFilter(null, false, null, WarningRiskLevel.MEDIUM, null, id, false, null, null,
				null, QueueSort.RISK)))
			.containsExactly(foreigner);
		assertThat(ids(head, new QueueFilter(null, false, null, null, QueueFixtures.OTHER_VILLAGE, id, false, null,
				null, null, QueueSort.RISK)))
			.containsExactly(foreigner);
		assertThat(ids(head, new QueueFilter(null, false, null, null, null, id, false, 5, null, null, QueueSort.RISK)))
			.containsExactly(foreigner);
		assertThat(ids(head, new QueueFilter(null, false, null, null, null, id, false, null, 5, null, QueueSort.RISK)))
			.containsExactly(recruiter);
	}

	@Test
	void pagesThroughTheQueue() {
		CurrentUser officer = this.fixtures.account(Role.PIMPASA, this.fixtures.wonosobo(), null);
		long first = this.fixtures.report("satu").risk(WarningRiskLevel.HIGH, 9).assignedTo(officer).save();
		long second = this.fixtures.report("dua").risk(WarningRiskLevel.MEDIUM, 5).assignedTo(officer).save();
		long third = this.fixtures.report("tiga").risk(WarningRiskLevel.LOW, 1).assignedTo(officer).save();
		CurrentUser analyst = this.fixtures.user("intel.wonosobo");

		QueuePage one = this.queue.page(analyst, assignedTo(officer, QueueSort.RISK), 1, 2);
		QueuePage two = this.queue.page(analyst, assignedTo(officer, QueueSort.RISK), 2, 2);

		assertThat(one.total()).isEqualTo(3);
		assertThat(one.pages()).isEqualTo(2);
		assertThat(one.rows()).extracting(QueueRow::id).containsExactly(first, second);
		assertThat(two.rows()).extracting(QueueRow::id).containsExactly(third);
		assertThat(two.hasNext()).isFalse();
	}

	@Test
	void eachRoleSeesOnlyTheReportsItsScopeAllows() {
		CurrentUser official = this.fixtures.account(Role.VILLAGE_OFFICIAL, null, QueueFixtures.PAKUNCEN);
		CurrentUser staff = this.fixtures.account(Role.OFFICE_STAFF, this.fixtures.wonosobo(), null);
		CurrentUser freshOfficer = this.fixtures.account(Role.PIMPASA, this.fixtures.wonosobo(), null);
		long own = this.fixtures.report("laporan aparat desa").by(official).save();
		long anonymous = this.fixtures.report("laporan warga tanpa nama").save();
		long assigned = this.fixtures.report("ditugaskan ke staf").assignedTo(staff).save();
		QueueFilter all = new QueueFilter(null, true, null, null, null, null, false, null, null, null,
				QueueSort.NEWEST);

		assertThat(ids(official, all)).containsExactly(own);
		assertThat(ids(staff, all)).containsExactly(assigned);
		assertThat(ids(freshOfficer, all)).isEmpty();
		assertThat(ids(this.fixtures.user("pimpasa.wonosobo"), all)).contains(own, anonymous, assigned);
		assertThat(ids(this.fixtures.user("intel.wonosobo"), all)).contains(own, anonymous, assigned);
		assertThat(ids(this.fixtures.user("kepala.wonosobo"), all)).contains(own, anonymous, assigned);
		assertThat(ids(this.fixtures.user("kepala.yogyakarta"), all)).doesNotContain(own, anonymous, assigned);
		for (String viewer : List.of("admin", "nasional", "kanwil.jateng")) {
			assertThatThrownBy(() -> this.queue.page(this.fixtures.user(viewer), all, 1, 10))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void searchFindsStemmedWordsInDescriptionPlaceAndDetails() {
		String marker = QueueFixtures.unique("dusun").replace("-", "");
		long inDescription = this.fixtures.report("Pak Darto merekrut pemuda untuk kerja di kapal " + marker).save();
		long inDetails = this.fixtures.report("Ada tawaran kerja " + marker)
			.details("{\"promises\":\"gaji besar setelah rekrut\",\"phoneNumbers\":\"0812-0000-9911\"}")
			.save();
		long inPlace = this.fixtures.report("Ada pertemuan malam hari").place("Balai " + marker).save();
		long unrelated = this.fixtures.report("Penjualan tanah warga " + marker).save();
		CurrentUser analyst = this.fixtures.user("intel.wonosobo");

		assertThat(ids(analyst, QueueFilter.open().withText("perekrutan"))).contains(inDescription, inDetails)
			.doesNotContain(unrelated, inPlace);
		assertThat(ids(analyst, QueueFilter.open().withText("perekrutan " + marker)))
			.containsExactlyInAnyOrder(inDescription, inDetails);
		assertThat(ids(analyst, QueueFilter.open().withText(marker))).containsExactlyInAnyOrder(inDescription,
				inDetails, inPlace, unrelated);
		assertThat(ids(analyst, QueueFilter.open().withText("0812-0000-9911"))).contains(inDetails);
	}

	@Test
	void searchIsConstrainedToWhatTheReaderMaySee() {
		String marker = QueueFixtures.unique("kebun").replace("-", "");
		CurrentUser official = this.fixtures.account(Role.VILLAGE_OFFICIAL, null, QueueFixtures.PAKUNCEN);
		long own = this.fixtures.report("Calo merekrut warga " + marker).by(official).save();
		long other = this.fixtures.report("Calo merekrut warga lain " + marker).save();

		assertThat(ids(official, QueueFilter.open().withText("perekrutan " + marker))).containsExactly(own);
		assertThat(ids(this.fixtures.user("intel.wonosobo"), QueueFilter.open().withText("perekrutan " + marker)))
			.containsExactlyInAnyOrder(own, other);
		assertThat(ids(this.fixtures.user("kepala.yogyakarta"), QueueFilter.open().withText(marker))).isEmpty();
	}

	@Test
	void searchIndexNarrowsHitsExactlyAsReportAccessDoesForEveryRole() {
		String marker = QueueFixtures.unique("ladang").replace("-", "");
		CurrentUser official = this.fixtures.account(Role.VILLAGE_OFFICIAL, null, QueueFixtures.PAKUNCEN);
		CurrentUser staff = this.fixtures.account(Role.OFFICE_STAFF, this.fixtures.wonosobo(), null);
		List<Long> made = List.of(this.fixtures.report("satu " + marker).by(official).save(),
				this.fixtures.report("dua " + marker).assignedTo(staff).village(QueueFixtures.OTHER_VILLAGE).save(),
				this.fixtures.report("tiga " + marker).save(),
				this.fixtures.report("empat " + marker).village(QueueFixtures.OTHER_VILLAGE).save());
		List<CurrentUser> readers = List.of(official, staff, this.fixtures.user("pimpasa.wonosobo"),
				this.fixtures.user("staf.wonosobo"), this.fixtures.user("intel.wonosobo"),
				this.fixtures.user("kepala.wonosobo"), this.fixtures.user("kepala.yogyakarta"),
				this.fixtures.user("desa.pakuncen"), this.fixtures.user("admin"), this.fixtures.user("nasional"));

		for (CurrentUser reader : readers) {
			List<Long> mayRead = made.stream()
				.filter((id) -> this.access.mayRead(reader, this.reports.findById(id).orElseThrow()))
				.toList();
			assertThat(this.search.ids(reader, marker)).as(reader.getUsername())
				.containsExactlyInAnyOrderElementsOf(mayRead);
		}
	}

	@Test
	void searchWordsAlsoLookForTheirVariantWithTheRootsFirstR() {
		assertThat(ReportSearch.variants("perekrutan")).containsExactly("perekrutan", "rekrutan");
		assertThat(ReportSearch.variants("merekrut")).containsExactly("merekrut", "perekrut");
		assertThat(ReportSearch.variants("direkrut")).containsExactly("direkrut", "perekrut");
		assertThat(ReportSearch.variants("calo")).containsExactly("calo");
		assertThat(ReportSearch.query("Perekrutan \"calo\" -")).isEqualTo("(\"perekrutan\" | \"rekrutan\") \"calo\"");
	}

}
