package id.desabinaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.desabinaan.account.WebSession.Page;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.platform.AuditEvent;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * Account administration over real HTTP: who may create and change which accounts, field
 * errors that keep the input, and the audit trail of creations and role changes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AccountAdministrationTests {

	private static final String PAKUNCEN = "33.07.06.2009";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog auditLog;

	@Autowired
	OfficeDirectory offices;

	@Autowired
	RegionDirectory regions;

	TestAccounts fixtures;

	long wonosobo;

	long yogyakarta;

	long jateng;

	@BeforeEach
	void setUp() {
		this.fixtures = new TestAccounts(this.accounts, this.passwordEncoder);
		this.wonosobo = officeId("KANIM-WONOSOBO");
		this.yogyakarta = officeId("KANIM-YOGYAKARTA");
		this.jateng = officeId("KANWIL-JATENG");
	}

	@Test
	void systemAdministratorCreatesAnyAccount() {
		WebSession admin = signedIn(this.fixtures.create("admin", Role.SYSTEM_ADMIN, Scope.national()));
		String username = TestAccounts.uniqueName("kanwil");
		Page created = create(admin, username, Role.REGIONAL_VIEWER, this.jateng, null);
		assertThat(created.status()).isEqualTo(302);
		Account account = this.accounts.findByUsername(username).orElseThrow();
		assertThat(created.redirectPath()).isEqualTo("/app/pengguna/" + account.id());
		assertThat(account.role()).isEqualTo(Role.REGIONAL_VIEWER);
		assertThat(account.scope()).isEqualTo(Scope.regional(this.jateng));
		assertThat(this.auditLog.count("ACCOUNT_CREATED", username)).isEqualTo(1);
		assertThat(admin.get(created.redirectPath()).body()).contains(username, "Akun telah dibuat.");
		assertThat(WebSession.at(this.port).signIn(username, TestAccounts.PASSWORD).redirectPath()).isEqualTo("/app");
	}

	@Test
	void officeHeadCreatesStaffOfHisOwnKanim() {
		WebSession head = signedIn(this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(this.wonosobo)));
		for (Role role : List.of(Role.INTEL_ANALYST, Role.PIMPASA, Role.OFFICE_STAFF)) {
			String username = TestAccounts.uniqueName("staf");
			assertThat(create(head, username, role, this.wonosobo, null).status()).as(role.name()).isEqualTo(302);
			assertThat(this.accounts.findByUsername(username).orElseThrow().scope())
				.isEqualTo(Scope.office(this.wonosobo));
		}
		AuditEvent created = newest("ACCOUNT_CREATED");
		assertThat(created.getOfficeId()).isEqualTo(this.wonosobo);
	}

	@Test
	void officeHeadCannotCreateAccountsForAnotherKanim() {
		WebSession head = signedIn(this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(this.wonosobo)));
		String username = TestAccounts.uniqueName("staf");
		assertThat(create(head, username, Role.OFFICE_STAFF, this.yogyakarta, null).status()).isEqualTo(403);
		assertThat(this.accounts.existsByUsername(username)).isFalse();
	}

	@Test
	void officeHeadCannotGiveRolesBeyondHisOfficesStaff() {
		WebSession head = signedIn(this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(this.wonosobo)));
		assertThat(create(head, TestAccounts.uniqueName("x"), Role.OFFICE_HEAD, this.wonosobo, null).status())
			.isEqualTo(403);
		assertThat(create(head, TestAccounts.uniqueName("x"), Role.SYSTEM_ADMIN, null, null).status()).isEqualTo(403);
		assertThat(create(head, TestAccounts.uniqueName("x"), Role.REGIONAL_VIEWER, this.jateng, null).status())
			.isEqualTo(403);
	}

	@Test
	void officeHeadCreatesVillageOfficialsOnlyInHisWorkingArea() {
		WebSession head = signedIn(this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(this.wonosobo)));
		String username = TestAccounts.uniqueName("desa");
		assertThat(create(head, username, Role.VILLAGE_OFFICIAL, null, PAKUNCEN).status()).isEqualTo(302);
		assertThat(this.accounts.findByUsername(username).orElseThrow().scope()).isEqualTo(Scope.village(PAKUNCEN));
		assertThat(newest("ACCOUNT_CREATED").getOfficeId()).as("a village's events belong to its serving office")
			.isEqualTo(this.wonosobo);

		String outside = villageIn("34.71");
		String refused = TestAccounts.uniqueName("desa");
		Page answer = create(head, refused, Role.VILLAGE_OFFICIAL, null, outside);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"villageCode-rule-error\"", "di luar wilayah kerja kantor Anda");
		assertThat(this.accounts.existsByUsername(refused)).isFalse();
	}

	@Test
	void anAmbiguousVillageNameOffersTheCandidatesAndKeepsTheForm() {
		WebSession head = signedIn(this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(this.wonosobo)));
		String username = TestAccounts.uniqueName("desa");
		Map<String, String> form = form(username, Role.VILLAGE_OFFICIAL, null, null);
		form.put("villageCodeQuery", "Pakuncen");
		Page answer = head.submit("/app/pengguna/baru", "/app/pengguna/baru", form);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("value=\"" + PAKUNCEN + "\"", "value=\"" + username + "\"",
				"value=\"Pakuncen\"");
		assertThat(this.accounts.existsByUsername(username)).isFalse();

		form.put("villageCode", PAKUNCEN);
		assertThat(head.submit("/app/pengguna/baru", "/app/pengguna/baru", form).status()).isEqualTo(302);
		assertThat(this.accounts.existsByUsername(username)).isTrue();
	}

	@Test
	void badInputKeepsWhatWasEnteredAndNamesTheField() {
		WebSession admin = signedIn(this.fixtures.create("admin", Role.SYSTEM_ADMIN, Scope.national()));
		Map<String, String> form = form("x", Role.OFFICE_STAFF, null, null);
		form.put("displayName", "Siti Aminah");
		form.put("initialPassword", "pendek");
		Page answer = admin.submit("/app/pengguna/baru", "/app/pengguna/baru", form);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body())
			.contains("id=\"username-error\"", "id=\"initialPassword-error\"",
					"Kata sandi awal harus paling sedikit 12 karakter", "value=\"x\"", "value=\"Siti Aminah\"",
					"value=\"OFFICE_STAFF\" selected")
			.doesNotContain("pendek");

		Map<String, String> noOffice = form(TestAccounts.uniqueName("staf"), Role.OFFICE_STAFF, null, null);
		assertThat(admin.submit("/app/pengguna/baru", "/app/pengguna/baru", noOffice).body())
			.contains("id=\"officeId-error\"", "Peran ini memerlukan kantor.");

		Map<String, String> kanwilAsKanim = form(TestAccounts.uniqueName("staf"), Role.OFFICE_STAFF, this.jateng, null);
		assertThat(admin.submit("/app/pengguna/baru", "/app/pengguna/baru", kanwilAsKanim).body())
			.contains("id=\"officeId-error\"", "kantor imigrasi (Kanim)");
	}

	@Test
	void aTakenUsernameIsAFieldError() {
		WebSession admin = signedIn(this.fixtures.create("admin", Role.SYSTEM_ADMIN, Scope.national()));
		Account existing = this.fixtures.create("staf", Role.OFFICE_STAFF, Scope.office(this.wonosobo));
		Page answer = create(admin, existing.username().toUpperCase(), Role.OFFICE_STAFF, this.wonosobo, null);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"username-error\"", "sudah dipakai");
	}

	@Test
	void viewersStaffAndVillageOfficialsCannotAdministerAccounts() {
		List<Account> others = List.of(this.fixtures.create("nasional", Role.NATIONAL_VIEWER, Scope.national()),
				this.fixtures.create("kanwil", Role.REGIONAL_VIEWER, Scope.regional(this.jateng)),
				this.fixtures.create("intel", Role.INTEL_ANALYST, Scope.office(this.wonosobo)),
				this.fixtures.create("desa", Role.VILLAGE_OFFICIAL, Scope.village(PAKUNCEN)));
		for (Account other : others) {
			WebSession web = signedIn(other);
			assertThat(web.get("/app/pengguna").status()).as(other.username()).isEqualTo(403);
			assertThat(web.get("/app/pengguna/baru").status()).as(other.username()).isEqualTo(403);
			Map<String, String> form = form(TestAccounts.uniqueName("x"), Role.OFFICE_STAFF, this.wonosobo, null);
			assertThat(web.submit("/app/akun", "/app/pengguna/baru", form).status()).as(other.username())
				.isEqualTo(403);
			Map<String, String> invalid = form("x", Role.OFFICE_STAFF, null, null);
			assertThat(web.submit("/app/akun", "/app/pengguna/baru", invalid).status())
				.as("refused before the form is read")
				.isEqualTo(403);
		}
	}

	@Test
	void officeHeadSeesAndChangesOnlyAccountsInHisReach() {
		Account head = this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(this.wonosobo));
		Account ownStaff = this.fixtures.create("staf", Role.OFFICE_STAFF, Scope.office(this.wonosobo));
		Account ownVillage = this.fixtures.create("desa", Role.VILLAGE_OFFICIAL, Scope.village(PAKUNCEN));
		Account otherStaff = this.fixtures.create("staf", Role.OFFICE_STAFF, Scope.office(this.yogyakarta));
		Account otherHead = this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(this.wonosobo));
		WebSession web = signedIn(head);

		String list = allPages(web);
		assertThat(list).contains(ownStaff.username(), ownVillage.username())
			.doesNotContain(otherStaff.username(), otherHead.username(), head.username());
		assertThat(web.get("/app/pengguna/" + ownStaff.id()).status()).isEqualTo(200);
		assertThat(web.get("/app/pengguna/" + otherStaff.id()).status()).isEqualTo(404);
		assertThat(web.get("/app/pengguna/" + otherHead.id()).status()).isEqualTo(404);

		Map<String, String> promote = edit(ownStaff, Role.OFFICE_HEAD, this.wonosobo, null);
		assertThat(web.submit("/app/pengguna/" + ownStaff.id(), "/app/pengguna/" + ownStaff.id(), promote).status())
			.isEqualTo(403);
		Map<String, String> move = edit(ownStaff, Role.OFFICE_STAFF, this.yogyakarta, null);
		assertThat(web.submit("/app/pengguna/" + ownStaff.id(), "/app/pengguna/" + ownStaff.id(), move).status())
			.isEqualTo(403);
		assertThat(this.fixtures.reload(ownStaff).role()).isEqualTo(Role.OFFICE_STAFF);
	}

	@Test
	void aRoleChangeIsAudited() {
		WebSession head = signedIn(this.fixtures.create("kepala", Role.OFFICE_HEAD, Scope.office(this.wonosobo)));
		Account staff = this.fixtures.create("staf", Role.OFFICE_STAFF, Scope.office(this.wonosobo));
		Page saved = head.submit("/app/pengguna/" + staff.id(), "/app/pengguna/" + staff.id(),
				edit(staff, Role.PIMPASA, this.wonosobo, null));
		assertThat(saved.redirectPath()).isEqualTo("/app/pengguna/" + staff.id());
		assertThat(this.fixtures.reload(staff).role()).isEqualTo(Role.PIMPASA);
		assertThat(this.auditLog.count("ROLE_CHANGED", staff.username())).isEqualTo(1);
		AuditEvent change = newest("ROLE_CHANGED");
		assertThat(change.getDetail()).isEqualTo("from=OFFICE_STAFF, to=PIMPASA");
		assertThat(change.getOfficeId()).isEqualTo(this.wonosobo);
	}

	@Test
	void nobodyChangesHisOwnRoleOrRetiresHimself() {
		Account admin = this.fixtures.create("admin", Role.SYSTEM_ADMIN, Scope.national());
		WebSession web = signedIn(admin);
		Page answer = web.submit("/app/pengguna/" + admin.id(), "/app/pengguna/" + admin.id(),
				edit(admin, Role.NATIONAL_VIEWER, null, null));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"role-error\"");
		assertThat(this.fixtures.reload(admin).role()).isEqualTo(Role.SYSTEM_ADMIN);
	}

	@Test
	void retiringEndsSignInAndAPasswordResetUnlocks() {
		WebSession admin = signedIn(this.fixtures.create("admin", Role.SYSTEM_ADMIN, Scope.national()));
		Account staff = this.fixtures.create("staf", Role.OFFICE_STAFF, Scope.office(this.wonosobo));
		String path = "/app/pengguna/" + staff.id();

		Map<String, String> retire = edit(staff, Role.OFFICE_STAFF, this.wonosobo, null);
		retire.remove("active");
		assertThat(admin.submit(path, path, retire).redirectPath()).isEqualTo(path);
		assertThat(WebSession.at(this.port).signIn(staff.username(), TestAccounts.PASSWORD).redirectPath())
			.isEqualTo("/masuk?error");

		Map<String, String> reset = edit(staff, Role.OFFICE_STAFF, this.wonosobo, null);
		reset.put("newPassword", "Reset#Sandi2026");
		assertThat(admin.submit(path, path, reset).redirectPath()).isEqualTo(path);
		assertThat(this.auditLog.count("PASSWORD_RESET", staff.username())).isEqualTo(1);
		assertThat(WebSession.at(this.port).signIn(staff.username(), "Reset#Sandi2026").redirectPath())
			.isEqualTo("/app");
	}

	@Test
	void anAdministratorTurnsOffTheSecondFactorOfALostPhone() {
		WebSession admin = signedIn(this.fixtures.create("admin", Role.SYSTEM_ADMIN, Scope.national()));
		Account staff = this.fixtures
			.withTotp(this.fixtures.create("staf", Role.OFFICE_STAFF, Scope.office(this.wonosobo)));
		String path = "/app/pengguna/" + staff.id();
		assertThat(admin.get(path).body()).contains("id=\"resetTotp\"");
		Map<String, String> reset = edit(staff, Role.OFFICE_STAFF, this.wonosobo, null);
		reset.put("resetTotp", "true");
		assertThat(admin.submit(path, path, reset).redirectPath()).isEqualTo(path);
		assertThat(this.fixtures.reload(staff).isTotpEnabled()).isFalse();
		assertThat(this.auditLog.count("TOTP_DISABLED", staff.username())).isEqualTo(1);
		assertThat(WebSession.at(this.port).signIn(staff.username(), TestAccounts.PASSWORD).redirectPath())
			.isEqualTo("/app");
	}

	private WebSession signedIn(Account account) {
		WebSession web = WebSession.at(this.port);
		assertThat(web.signIn(account.username(), TestAccounts.PASSWORD).redirectPath()).isEqualTo("/app");
		return web;
	}

	private Page create(WebSession web, String username, Role role, Long officeId, String villageCode) {
		return web.submit("/app/pengguna/baru", "/app/pengguna/baru", form(username, role, officeId, villageCode));
	}

	private static Map<String, String> form(String username, Role role, Long officeId, String villageCode) {
		Map<String, String> form = new HashMap<>();
		form.put("username", username);
		form.put("displayName", "Petugas " + username);
		form.put("role", role.name());
		form.put("officeId", (officeId != null) ? officeId.toString() : "");
		form.put("villageCodeQuery", (villageCode != null) ? villageCode : "");
		form.put("language", "id");
		form.put("initialPassword", TestAccounts.PASSWORD);
		return form;
	}

	private static Map<String, String> edit(Account account, Role role, Long officeId, String villageCode) {
		Map<String, String> form = new HashMap<>();
		form.put("displayName", account.displayName());
		form.put("role", role.name());
		form.put("officeId", (officeId != null) ? officeId.toString() : "");
		form.put("villageCodeQuery", (villageCode != null) ? villageCode : "");
		form.put("active", "true");
		form.put("_active", "on");
		form.put("newPassword", "");
		return form;
	}

	private String allPages(WebSession web) {
		StringBuilder all = new StringBuilder();
		for (int page = 0; page < 50; page++) {
			Page answer = web.get("/app/pengguna?page=" + page);
			all.append(answer.body());
			if (!answer.body().contains("page=" + (page + 1))) {
				break;
			}
		}
		return all.toString();
	}

	private AuditEvent newest(String action) {
		return this.auditLog.all(PageRequest.of(0, 20))
			.stream()
			.filter((event) -> event.getAction().equals(action))
			.findFirst()
			.orElseThrow();
	}

	private long officeId(String code) {
		return this.offices.findByCode(code).orElseThrow().id();
	}

	/** A village somewhere in this kabupaten/kota. */
	private String villageIn(String regency) {
		RegionSummary district = this.regions.children(RegionCode.of(regency)).get(0);
		return this.regions.children(RegionCode.of(district.code())).get(0).code();
	}

}
