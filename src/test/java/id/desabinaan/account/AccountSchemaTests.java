package id.desabinaan.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import id.desabinaan.office.OfficeDirectory;

/**
 * The database itself refuses accounts whose role and scope disagree, usernames that are
 * not lower case or not unique, and scopes that name no real office or village.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AccountSchemaTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfficeDirectory offices;

	@Test
	void acceptsARoleWithItsScope() {
		assertThatCode(() -> insert(TestAccounts.uniqueName("ok"), "OFFICE_STAFF", "OFFICE", kanim(), null))
			.doesNotThrowAnyException();
		assertThatCode(
				() -> insert(TestAccounts.uniqueName("ok"), "VILLAGE_OFFICIAL", "VILLAGE", null, "33.07.06.2009"))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesARoleWithTheWrongKindOfScope() {
		assertRefused(TestAccounts.uniqueName("bad"), "SYSTEM_ADMIN", "OFFICE", kanim(), null);
		assertRefused(TestAccounts.uniqueName("bad"), "OFFICE_STAFF", "NATIONAL", null, null);
		assertRefused(TestAccounts.uniqueName("bad"), "VILLAGE_OFFICIAL", "VILLAGE", kanim(), "33.07.06.2009");
		assertRefused(TestAccounts.uniqueName("bad"), "REGIONAL_VIEWER", "REGIONAL", null, null);
	}

	@Test
	void refusesAnOfficeOfTheWrongLevelOrAVillageThatDoesNotExist() {
		assertRefused(TestAccounts.uniqueName("bad"), "REGIONAL_VIEWER", "REGIONAL", kanim(), null);
		assertRefused(TestAccounts.uniqueName("bad"), "OFFICE_STAFF", "OFFICE", kanwil(), null);
		assertRefused(TestAccounts.uniqueName("bad"), "VILLAGE_OFFICIAL", "VILLAGE", null, "99.99.99.9999");
	}

	@Test
	void refusesUpperCaseAndDuplicateUsernames() {
		assertRefused("Budi." + TestAccounts.uniqueName("x"), "NATIONAL_VIEWER", "NATIONAL", null, null);
		String name = TestAccounts.uniqueName("budi");
		insert(name, "NATIONAL_VIEWER", "NATIONAL", null, null);
		assertRefused(name, "NATIONAL_VIEWER", "NATIONAL", null, null);
	}

	@Test
	void refusesTotpForVillageOfficials() {
		assertThatThrownBy(() -> this.jdbc
			.update("""
					insert into account (username, display_name, password_hash, role, scope_level, scope_village_code,
					    totp_secret, totp_enabled, created_at)
					values (?, 'x', 'x', 'VILLAGE_OFFICIAL', 'VILLAGE', '33.07.06.2009', 'ABCDEF', true, current_timestamp)""",
					TestAccounts.uniqueName("desa")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private void assertRefused(String username, String role, String scopeLevel, Long officeId, String village) {
		assertThatThrownBy(() -> insert(username, role, scopeLevel, officeId, village))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private void insert(String username, String role, String scopeLevel, Long officeId, String village) {
		this.jdbc.update("""
				insert into account (username, display_name, password_hash, role, scope_level, scope_office_id,
				    scope_village_code, created_at)
				values (?, 'Test', 'x', ?, ?, ?, ?, current_timestamp)""", username, role, scopeLevel, officeId,
				village);
	}

	private long kanim() {
		return this.offices.findByCode("KANIM-WONOSOBO").orElseThrow().id();
	}

	private long kanwil() {
		return this.offices.findByCode("KANWIL-JATENG").orElseThrow().id();
	}

}
