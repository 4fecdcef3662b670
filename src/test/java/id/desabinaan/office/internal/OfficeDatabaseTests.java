package id.desabinaan.office.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.shared.Scope;

/**
 * The office tables on the real database: demo data, the constraints the database
 * enforces by itself (one regency, one office; levels and parents that fit), and the
 * directory seeing changes at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeDatabaseTests {

	@Autowired
	OfficeService service;

	@Autowired
	OfficeDirectory directory;

	@Autowired
	RegionDirectory regions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoOffices demo;

	@Autowired
	AuditLog audit;

	OfficeFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OfficeFixtures(this.service, this.directory, this.regions);
	}

	@Test
	void demoDataHasKanimWonosoboWithItsWorkingAreaAndSubOffice() {
		OfficeSummary wonosobo = this.directory.findByCode("KANIM-WONOSOBO").orElseThrow();
		assertThat(wonosobo.name()).isEqualTo("Kantor Imigrasi Kelas II Non TPI Wonosobo");
		assertThat(wonosobo.level()).isEqualTo(OfficeLevel.OFFICE);
		assertThat(wonosobo.parentId()).isEqualTo(this.fixtures.id("KANWIL-JATENG"));
		assertThat(this.directory.workingArea(wonosobo.id())).containsExactlyInAnyOrder("33.07", "33.23", "33.08",
				"33.71", "33.06");
		OfficeSummary ukk = this.directory.findByCode("UKK-MAGELANG").orElseThrow();
		assertThat(ukk.parentId()).isEqualTo(wonosobo.id());
		assertThat(this.service.publicView(ukk.id()).location().code()).isEqualTo("33.08");
		assertThat(this.directory.servingOffice(RegionCode.of("33.07.06.2009"))).contains(wonosobo);
	}

	@Test
	void demoDataHasOtherCentralJavaOfficesAndOneOutsideIt() {
		long jateng = this.fixtures.id("KANWIL-JATENG");
		for (String code : List.of("KANIM-SEMARANG", "KANIM-SURAKARTA", "KANIM-CILACAP", "KANIM-PATI",
				"KANIM-PEMALANG")) {
			OfficeSummary kanim = this.directory.findByCode(code).orElseThrow();
			assertThat(kanim.parentId()).isEqualTo(jateng);
			assertThat(this.directory.workingArea(kanim.id())).isNotEmpty().allMatch((c) -> c.startsWith("33."));
		}
		OfficeSummary yogyakarta = this.directory.findByCode("KANIM-YOGYAKARTA").orElseThrow();
		assertThat(yogyakarta.parentId()).isEqualTo(this.fixtures.id("KANWIL-DIY"));
		assertThat(this.directory.servingOffice(RegionCode.of("34.71"))).contains(yogyakarta);
	}

	@Test
	void everyCentralJavaRegencyIsServedByExactlyOneDemoKanim() {
		for (var regency : this.regions.children(RegionCode.of("33"))) {
			assertThat(this.directory.servingOffice(RegionCode.of(regency.code()))).as(regency.code()).isPresent();
		}
	}

	@Test
	void loadingDemoDataAgainChangesNothing() throws Exception {
		long wonosobo = this.fixtures.id("KANIM-WONOSOBO");
		Integer before = this.jdbc.queryForObject("select count(*) from office where code like 'KAN%'", Integer.class);
		long version = this.jdbc.queryForObject("select version from office where id = ?", Long.class, wonosobo);
		this.demo.run(new DefaultApplicationArguments());
		assertThat(this.jdbc.queryForObject("select count(*) from office where code like 'KAN%'", Integer.class))
			.isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select version from office where id = ?", Long.class, wonosobo))
			.isEqualTo(version);
	}

	@Test
	void theDatabaseRefusesOneRegencyInTwoOffices() {
		long semarang = this.fixtures.id("KANIM-SEMARANG");
		assertThatThrownBy(() -> this.jdbc
			.update("insert into office_working_area (regency_code, office_id) values ('33.07', ?)", semarang))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.directory.servingOffice(RegionCode.of("33.07"))).map(OfficeSummary::code)
			.contains("KANIM-WONOSOBO");
	}

	@Test
	void theServiceRefusesARegencyAlreadyServedAndNamesTheOffice() {
		long kanwil = this.fixtures.kanwil();
		assertThatThrownBy(() -> this.fixtures.kanim(kanwil, List.of("33.07")))
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("workingArea");
				assertThat(ex.getMessageCode()).isEqualTo("office.workingArea.taken");
				assertThat(ex.getArguments()).containsExactly("33.07", "Kantor Imigrasi Kelas II Non TPI Wonosobo");
			});
	}

	@Test
	void theDatabaseRefusesAWorkingAreaOnAKanwilOrASubOffice() {
		String free = this.fixtures.freeRegencies(1).get(0);
		long kanwil = this.fixtures.id("KANWIL-JATENG");
		long ukk = this.fixtures.id("UKK-MAGELANG");
		for (long office : List.of(kanwil, ukk)) {
			assertThatThrownBy(() -> this.jdbc
				.update("insert into office_working_area (regency_code, office_id) values (?, ?)", free, office))
				.isInstanceOf(DataIntegrityViolationException.class);
		}
	}

	@Test
	void theDatabaseRefusesAWorkingAreaCodeThatIsNotARegion() {
		long kanwil = this.fixtures.kanwil();
		long kanim = this.fixtures.kanim(kanwil, List.of());
		assertThatThrownBy(() -> this.jdbc
			.update("insert into office_working_area (regency_code, office_id) values ('99.99', ?)", kanim))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesAKanimUnderAKanimEvenWhenTheRowLies() {
		long wonosobo = this.fixtures.id("KANIM-WONOSOBO");
		String insert = "insert into office (code, name, level, parent_id, parent_level, office_class, tpi, time_zone,"
				+ " created_at) values (?, 'X', 'OFFICE', ?, ?, 'II', false, 'Asia/Jakarta', ?)";
		Timestamp now = Timestamp.from(Instant.now());
		assertThatThrownBy(() -> this.jdbc.update(insert, OfficeFixtures.unique("BAD"), wonosobo, "OFFICE", now))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update(insert, OfficeFixtures.unique("BAD"), wonosobo, "REGIONAL", now))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesAClassOnAKanwilAndAKanwilWithoutParent() {
		long ditjen = this.fixtures.id("DITJEN");
		Timestamp now = Timestamp.from(Instant.now());
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into office (code, name, level, parent_id, parent_level, office_class, time_zone, created_at)"
						+ " values (?, 'X', 'REGIONAL', ?, 'NATIONAL', 'I', 'Asia/Jakarta', ?)",
				OfficeFixtures.unique("BAD"), ditjen, now))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into office (code, name, level, time_zone, created_at) values (?, 'X', 'REGIONAL', 'Asia/Jakarta', ?)",
				OfficeFixtures.unique("BAD"), now))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesARetiredOfficeWithoutReason() {
		long kanwil = this.fixtures.kanwil();
		assertThatThrownBy(() -> this.jdbc.update("update office set active = false where id = ?", kanwil))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDirectorySeesAWorkingAreaChangeAtOnce() {
		List<String> free = this.fixtures.freeRegencies(2);
		long kanwil = this.fixtures.kanwil();
		long kanim = this.fixtures.kanim(kanwil, List.of(free.get(0)));
		RegionCode second = RegionCode.of(free.get(1));
		assertThat(this.directory.servingOffice(second)).isEmpty();
		assertThat(this.directory.covers(Scope.office(kanim), second)).isFalse();

		var view = this.service.publicView(kanim);
		this.service.update(OfficeFixtures.admin(), kanim,
				new OfficeCommands.Change(view.name(), kanwil, new Office.Kanim(view.officeClass(), view.tpi()),
						view.timeZone(), new Office.Contact(null, null, null), null, free));

		assertThat(this.directory.servingOffice(second)).map(OfficeSummary::id).contains(kanim);
		assertThat(this.directory.covers(Scope.office(kanim), second)).isTrue();
		assertThat(this.directory.covers(Scope.regional(kanwil), second)).isTrue();
		assertThat(this.audit.count(OfficeService.AUDIT_AREA_CHANGED, "office:" + kanim)).isEqualTo(2);
	}

	@Test
	void aSubOfficeIsCoveredByItsKanimsScopeAndListedBelowIt() {
		List<String> free = this.fixtures.freeRegencies(1);
		long kanwil = this.fixtures.kanwil();
		long kanim = this.fixtures.kanim(kanwil, free);
		long ukk = this.fixtures.ukk(kanim, free.get(0));
		assertThat(this.directory.selfAndDescendants(kanwil)).containsExactlyInAnyOrder(kanwil, kanim, ukk);
		assertThat(this.directory.isWithin(ukk, kanwil)).isTrue();
		assertThat(this.directory.covers(Scope.office(kanim), ukk)).isTrue();
		assertThat(this.directory.covers(Scope.office(this.fixtures.id("KANIM-WONOSOBO")), ukk)).isFalse();
	}

	@Test
	void retiredOfficesLeaveTheActiveListButStayFindable() {
		long kanwil = this.fixtures.kanwil();
		long kanim = this.fixtures.kanim(kanwil, List.of());
		this.service.retire(OfficeFixtures.admin(), kanim, "merged");
		assertThat(this.directory.all()).extracting(OfficeSummary::id).doesNotContain(kanim).contains(kanwil);
		assertThat(this.directory.find(kanim)).isPresent();
		assertThat(this.service.publicView(kanim).retiredReason()).isEqualTo("merged");
		assertThat(this.audit.count(OfficeService.AUDIT_RETIRED, "office:" + kanim)).isEqualTo(1);
	}

}
