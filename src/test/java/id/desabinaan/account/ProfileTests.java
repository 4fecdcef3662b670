package id.desabinaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.desabinaan.account.WebSession.Page;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/** A user changes his own password (with the current one) and his language. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ProfileTests {

	private static final String NEW_PASSWORD = "Baru#Sandi2026!";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts fixtures;

	Account account;

	WebSession web;

	@BeforeEach
	void signIn() {
		this.fixtures = new TestAccounts(this.accounts, this.passwordEncoder);
		this.account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		this.web = WebSession.at(this.port);
		this.web.signIn(this.account.username(), TestAccounts.PASSWORD);
	}

	@Test
	void showsHisAccount() {
		Page profile = this.web.get("/app/akun");
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body()).contains(this.account.username(), "Pemantau nasional", "Nasional",
				"id=\"password-form\"", "id=\"language-form\"");
	}

	@Test
	void changesHisPasswordWithTheCurrentOne() {
		Page changed = this.web.submit("/app/akun", "/app/akun/sandi", Map.of("currentPassword", TestAccounts.PASSWORD,
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
		assertThat(changed.redirectPath()).isEqualTo("/app/akun");
		assertThat(this.web.get("/app/akun").body()).contains("Kata sandi telah diganti.");
		assertThat(this.auditLog.count("PASSWORD_CHANGED", this.account.username())).isEqualTo(1);

		assertThat(WebSession.at(this.port).signIn(this.account.username(), TestAccounts.PASSWORD).redirectPath())
			.isEqualTo("/masuk?error");
		assertThat(WebSession.at(this.port).signIn(this.account.username(), NEW_PASSWORD).redirectPath())
			.isEqualTo("/app");
	}

	@Test
	void storesTheNewPasswordOnlyAsAnArgon2idHash() {
		this.web.submit("/app/akun", "/app/akun/sandi", Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword",
				NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

		String stored = this.jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				this.account.id());
		assertThat(stored).startsWith("$argon2id$").doesNotContain(NEW_PASSWORD);
		assertThat(this.jdbc.queryForObject("select count(*) from account where password_hash like ?", Long.class,
				"%" + NEW_PASSWORD + "%"))
			.isZero();
	}

	@Test
	void refusesAWrongCurrentPasswordNamingTheField() {
		Page refused = this.web.submit("/app/akun", "/app/akun/sandi", Map.of("currentPassword", "Salah#Sandi2026",
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"currentPassword-error\"", "Kata sandi saat ini salah.");
		assertThat(WebSession.at(this.port).signIn(this.account.username(), TestAccounts.PASSWORD).redirectPath())
			.isEqualTo("/app");
	}

	@Test
	void refusesAWeakNewPasswordWithATranslatedMessageNamingTheField() {
		Page refused = this.web.submit("/app/akun", "/app/akun/sandi", Map.of("currentPassword", TestAccounts.PASSWORD,
				"newPassword", "lemah123", "confirmPassword", "lemah123"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"newPassword-error\"",
				"Kata sandi baru harus paling sedikit 12 karakter dan memuat huruf besar, huruf kecil, angka, dan simbol.")
			.doesNotContain("lemah123");

		Page english = this.web.submit("/app/akun?lang=en", "/app/akun/sandi", Map.of("currentPassword",
				TestAccounts.PASSWORD, "newPassword", "lemah123", "confirmPassword", "lemah123"));
		assertThat(english.body()).contains(
				"New password must have at least 12 characters with an upper-case letter, a lower-case letter, a digit and a symbol.");
	}

	@Test
	void refusesANewPasswordThatIsNotRepeatedTheSame() {
		Page refused = this.web.submit("/app/akun", "/app/akun/sandi", Map.of("currentPassword", TestAccounts.PASSWORD,
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD + "x"));
		assertThat(refused.body()).contains("id=\"confirmPassword-error\"", "Kedua isian kata sandi baru tidak sama.");
	}

	@Test
	void refusesTheCurrentPasswordAsTheNewOne() {
		Page refused = this.web.submit("/app/akun", "/app/akun/sandi", Map.of("currentPassword", TestAccounts.PASSWORD,
				"newPassword", TestAccounts.PASSWORD, "confirmPassword", TestAccounts.PASSWORD));
		assertThat(refused.body()).contains("id=\"newPassword-error\"");
	}

	@Test
	void changesHisLanguageForThisSessionAndTheNextSignIn() {
		Page changed = this.web.submit("/app/akun", "/app/akun/bahasa", Map.of("language", "en"));
		assertThat(changed.redirectPath()).isEqualTo("/app/akun");
		assertThat(this.web.cookie("lang")).contains("en");
		assertThat(this.web.get("/app/akun").body()).contains("My account", "Your language has been saved.");
		assertThat(this.fixtures.reload(this.account).preferredLanguage()).isEqualTo("en");

		WebSession next = WebSession.at(this.port);
		next.signIn(this.account.username(), TestAccounts.PASSWORD);
		assertThat(next.cookie("lang")).contains("en");
	}

	@Test
	void refusesALanguageThePlatformDoesNotSpeak() {
		Page refused = this.web.submit("/app/akun", "/app/akun/bahasa", Map.of("language", "fr"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"language-error\"");
		assertThat(this.fixtures.reload(this.account).preferredLanguage()).isEqualTo("id");
	}

}
