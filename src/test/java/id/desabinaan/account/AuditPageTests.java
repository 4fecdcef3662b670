package id.desabinaan.account;

import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.desabinaan.account.WebSession.Page;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/** The audit-log page: everything for SYSTEM_ADMIN, his office's events for a head. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AuditPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	OfficeDirectory offices;

	@Autowired
	AuditLog auditLog;

	TestAccounts fixtures;

	Account wonosoboStaff;

	Account yogyakartaStaff;

	@BeforeEach
	void failedSignInsAtTwoOffices() {
		this.fixtures = new TestAccounts(this.accounts, this.passwordEncoder);
		this.wonosoboStaff = this.fixtures.create("staf", Role.OFFICE_STAFF, Scope.office(officeId("KANIM-WONOSOBO")));
		this.yogyakartaStaff = this.fixtures.create("staf", Role.OFFICE_STAFF,
				Scope.office(officeId("KANIM-YOGYAKARTA")));
		WebSession.at(this.port).signIn(this.wonosoboStaff.username(), "Salah#Sandi2026");
		WebSession.at(this.port).signIn(this.yogyakartaStaff.username(), "Salah#Sandi2026");
	}

	@Test
	void systemAdministratorSeesEveryOfficesEvents() {
		WebSession admin = signedIn(this.fixtures.create("admin", Role.SYSTEM_ADMIN, Scope.national()));
		Page page = admin.get("/app/audit");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"audit-events\"", "Gagal masuk", this.wonosoboStaff.username(),
				this.yogyakartaStaff.username());
	}

	@Test
	void officeHeadSeesOnlyHisOfficesEvents() {
		WebSession head = signedIn(
				this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(officeId("KANIM-WONOSOBO"))));
		Page page = head.get("/app/audit");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(this.wonosoboStaff.username(), "Asia/Jakarta")
			.doesNotContain(this.yogyakartaStaff.username());
	}

	@Test
	void otherModulesActionsAreNamedInTheReadersLanguage() {
		String target = TestAccounts.uniqueName("office");
		this.auditLog.record("admin", "OFFICE_AREA_CHANGED", target, Outcome.SUCCESS, officeId("KANIM-WONOSOBO"),
				"+33.07");
		WebSession head = signedIn(
				this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(officeId("KANIM-WONOSOBO"))));
		assertThat(head.get("/app/audit").body()).contains(target, "Wilayah kerja diubah")
			.doesNotContain(">OFFICE_AREA_CHANGED<");
	}

	@Test
	void staffPagesOfEveryModuleShowTheAccountMenu() {
		WebSession head = signedIn(
				this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(officeId("KANIM-WONOSOBO"))));
		for (String path : List.of("/app", "/app/kantor", "/app/audit", "/app/akun")) {
			assertThat(head.get(path).body()).as(path).containsOnlyOnce("class=\"account-nav\"");
		}
	}

	@Test
	void theLogIsPaged() {
		WebSession admin = signedIn(this.fixtures.create("admin", Role.SYSTEM_ADMIN, Scope.national()));
		for (int i = 0; i < 51; i++) {
			WebSession.at(this.port).signIn(TestAccounts.uniqueName("nobody"), "Salah#Sandi2026");
		}
		Page first = admin.get("/app/audit");
		assertThat(first.body()).contains("href=\"/app/audit?page=1\"", "Halaman 1 dari");
		Page second = admin.get("/app/audit?page=1");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains("href=\"/app/audit?page=0\"");
	}

	@Test
	void everyoneElseIsRefused() {
		List<Account> others = List.of(this.fixtures.create("nasional", Role.NATIONAL_VIEWER, Scope.national()),
				this.fixtures.create("kanwil", Role.REGIONAL_VIEWER, Scope.regional(officeId("KANWIL-JATENG"))),
				this.wonosoboStaff,
				this.fixtures.create("desa", Role.VILLAGE_OFFICIAL, Scope.village("33.07.06.2009")));
		for (Account other : others) {
			assertThat(signedIn(other).get("/app/audit").status()).as(other.username()).isEqualTo(403);
		}
		assertThat(WebSession.at(this.port).get("/app/audit").redirectPath()).isEqualTo("/masuk");
	}

	private WebSession signedIn(Account account) {
		WebSession web = WebSession.at(this.port);
		assertThat(web.signIn(account.username(), TestAccounts.PASSWORD).redirectPath()).isEqualTo("/app");
		return web;
	}

	private long officeId(String code) {
		return this.offices.findByCode(code).orElseThrow().id();
	}

}
