package id.desabinaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.InvalidKeyException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.desabinaan.account.WebSession.Page;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * The TOTP second factor over real HTTP: enrolment, the code step after the password
 * (valid, wrong and reused codes, made with a real TOTP generator from the account's
 * secret and the application's clock), and roles that require it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class TotpSignInTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new TestAccounts(this.accounts, this.passwordEncoder);
	}

	@Test
	void aValidCodeCompletesTheSignIn() {
		Account account = this.fixtures.withTotp(this.fixtures.create("staff", Role.NATIONAL_VIEWER, Scope.national()));
		WebSession web = WebSession.at(this.port);
		Page afterPassword = web.signIn(account.username(), TestAccounts.PASSWORD);
		assertThat(afterPassword.redirectPath()).isEqualTo("/masuk/kode");
		assertThat(this.auditLog.count("LOGIN", account.username())).isZero();

		Page afterCode = web.submit("/masuk/kode", "/masuk/kode", Map.of("code", codeNow(account)));
		assertThat(afterCode.status()).isEqualTo(302);
		assertThat(afterCode.redirectPath()).isEqualTo("/app");
		assertThat(web.get("/app").status()).isEqualTo(200);
		assertThat(this.auditLog.count("LOGIN", account.username())).isEqualTo(1);
	}

	@Test
	void nothingUnderAppOrApiWorksBeforeTheCode() {
		Account account = this.fixtures.withTotp(this.fixtures.create("staff", Role.NATIONAL_VIEWER, Scope.national()));
		WebSession web = WebSession.at(this.port);
		web.signIn(account.username(), TestAccounts.PASSWORD);
		for (String page : new String[] { "/app", "/app/akun", "/app/pengguna", "/app/audit" }) {
			Page answer = web.get(page);
			assertThat(answer.status()).as(page).isEqualTo(302);
			assertThat(answer.redirectPath()).as(page).isEqualTo("/masuk/kode");
		}
		assertThat(web.getJson("/api/v1/offices").status()).isEqualTo(401);
		assertThat(web.get("/masuk/kode").body()).contains("id=\"code\"", "id=\"code-submit\"");
	}

	@Test
	void aWrongCodeIsRefusedAndCountsAsAFailedAttempt() {
		Account account = this.fixtures.withTotp(this.fixtures.create("staff", Role.NATIONAL_VIEWER, Scope.national()));
		WebSession web = WebSession.at(this.port);
		web.signIn(account.username(), TestAccounts.PASSWORD);
		String wrong = String.format("%06d", (Integer.parseInt(codeNow(account)) + 1) % 1_000_000);
		Page answer = web.submit("/masuk/kode", "/masuk/kode", Map.of("code", wrong));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"code-error\"");
		assertThat(this.fixtures.reload(account).failedAttempts()).isEqualTo(1);
		assertThat(web.get("/app").redirectPath()).isEqualTo("/masuk/kode");
	}

	@Test
	void aReusedCodeIsRefused() {
		Account account = this.fixtures.withTotp(this.fixtures.create("staff", Role.NATIONAL_VIEWER, Scope.national()));
		String code = codeNow(account);
		WebSession first = WebSession.at(this.port);
		first.signIn(account.username(), TestAccounts.PASSWORD);
		assertThat(first.submit("/masuk/kode", "/masuk/kode", Map.of("code", code)).redirectPath()).isEqualTo("/app");

		WebSession second = WebSession.at(this.port);
		second.signIn(account.username(), TestAccounts.PASSWORD);
		Page replay = second.submit("/masuk/kode", "/masuk/kode", Map.of("code", code));
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.body()).contains("id=\"code-error\"");
		assertThat(second.get("/app").redirectPath()).isEqualTo("/masuk/kode");
	}

	@Test
	void fiveWrongCodesLockTheAccountAndEndTheSession() {
		Account account = this.fixtures.withTotp(this.fixtures.create("staff", Role.NATIONAL_VIEWER, Scope.national()));
		WebSession web = WebSession.at(this.port);
		web.signIn(account.username(), TestAccounts.PASSWORD);
		Page last = null;
		for (int attempt = 1; attempt <= 5; attempt++) {
			last = web.submit("/masuk/kode", "/masuk/kode",
					Map.of("code", "000000".equals(codeNow(account)) ? "111111" : "000000"));
		}
		assertThat(last.redirectPath()).isEqualTo("/masuk?error");
		assertThat(this.fixtures.reload(account).isLockedAt(this.clock.instant())).isTrue();
		assertThat(web.get("/app").redirectPath()).isEqualTo("/masuk");
	}

	@Test
	void enrolsWithAConfirmedCodeAndThenAsksForACodeAtSignIn() {
		Account account = this.fixtures.create("staff", Role.NATIONAL_VIEWER, Scope.national());
		WebSession web = WebSession.at(this.port);
		web.signIn(account.username(), TestAccounts.PASSWORD);
		Page enrolment = web.get("/app/akun/2fa");
		assertThat(enrolment.status()).isEqualTo(200);
		assertThat(enrolment.body()).contains("id=\"totp-secret\"", "src=\"data:image/png;base64,");
		String secret = this.fixtures.reload(account).totpSecret();
		assertThat(enrolment.body()).contains(secret.substring(0, 4) + " " + secret.substring(4, 8));
		assertThat(web.get("/app/akun/2fa").body()).as("the same secret until confirmed")
			.contains(secret.substring(0, 4) + " " + secret.substring(4, 8));

		Page wrong = web.submit("/app/akun/2fa", "/app/akun/2fa", Map.of("code", "12345"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"code-error\"");
		assertThat(this.fixtures.reload(account).isTotpEnabled()).isFalse();

		Page confirmed = web.submit("/app/akun/2fa", "/app/akun/2fa",
				Map.of("code", code(secret, this.clock.instant())));
		assertThat(confirmed.redirectPath()).isEqualTo("/app/akun/2fa");
		assertThat(this.fixtures.reload(account).isTotpEnabled()).isTrue();
		assertThat(this.auditLog.count("TOTP_ENABLED", account.username())).isEqualTo(1);
		assertThat(web.get("/app/akun/2fa").body()).contains("id=\"totp-status\"").doesNotContain(secret);

		WebSession next = WebSession.at(this.port);
		assertThat(next.signIn(account.username(), TestAccounts.PASSWORD).redirectPath()).isEqualTo("/masuk/kode");
		// the enrolment used the current step: the next accepted code is a later one
		Page afterCode = next.submit("/masuk/kode", "/masuk/kode",
				Map.of("code", code(secret, this.clock.instant().plusSeconds(30))));
		assertThat(afterCode.redirectPath()).isEqualTo("/app");
	}

	@Test
	void turningTotpOffNeedsTheCurrentPassword() {
		Account account = this.fixtures.withTotp(this.fixtures.create("staff", Role.NATIONAL_VIEWER, Scope.national()));
		WebSession web = WebSession.at(this.port);
		web.signIn(account.username(), TestAccounts.PASSWORD);
		web.submit("/masuk/kode", "/masuk/kode", Map.of("code", codeNow(account)));

		Page wrong = web.submit("/app/akun/2fa", "/app/akun/2fa/nonaktif",
				Map.of("currentPassword", "Salah#Sandi2026"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"disable-error\"", "Kata sandi saat ini salah.");
		assertThat(this.fixtures.reload(account).isTotpEnabled()).isTrue();

		Page off = web.submit("/app/akun/2fa", "/app/akun/2fa/nonaktif",
				Map.of("currentPassword", TestAccounts.PASSWORD));
		assertThat(off.redirectPath()).isEqualTo("/app/akun/2fa");
		assertThat(this.fixtures.reload(account).isTotpEnabled()).isFalse();
		assertThat(this.auditLog.count("TOTP_DISABLED", account.username())).isEqualTo(1);
	}

	@Test
	void aRoleThatRequiresTotpSendsAnAccountWithoutItToEnrolment() {
		Account admin = this.fixtures.create("admin", Role.SYSTEM_ADMIN, Scope.national());
		Account viewer = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		WebSession adminWeb = WebSession.at(this.port);
		adminWeb.signIn(admin.username(), TestAccounts.PASSWORD);
		try {
			Page saved = adminWeb.submit("/app/admin/keamanan", "/app/admin/keamanan",
					Map.of("totpRequired", "NATIONAL_VIEWER"));
			assertThat(saved.redirectPath()).isEqualTo("/app/admin/keamanan");
			assertThat(this.auditLog.count("SECURITY_POLICY_CHANGED", "NATIONAL_VIEWER")).isPositive();

			WebSession web = WebSession.at(this.port);
			assertThat(web.signIn(viewer.username(), TestAccounts.PASSWORD).redirectPath()).isEqualTo("/app/akun/2fa");
			assertThat(web.get("/app").redirectPath()).isEqualTo("/app/akun/2fa");
			assertThat(web.get("/app/akun").redirectPath()).isEqualTo("/app/akun/2fa");
			Page enrolment = web.get("/app/akun/2fa");
			assertThat(enrolment.body()).contains("id=\"totp-required\"");

			String secret = this.fixtures.reload(viewer).totpSecret();
			Page enrolled = web.submit("/app/akun/2fa", "/app/akun/2fa",
					Map.of("code", code(secret, this.clock.instant())));
			assertThat(enrolled.redirectPath()).isEqualTo("/app");
			assertThat(web.get("/app").status()).isEqualTo(200);
			assertThat(this.auditLog.count("LOGIN", viewer.username())).isEqualTo(1);

			Page refusedOff = web.submit("/app/akun/2fa", "/app/akun/2fa/nonaktif",
					Map.of("currentPassword", TestAccounts.PASSWORD));
			assertThat(refusedOff.status()).isEqualTo(200);
			assertThat(this.fixtures.reload(viewer).isTotpEnabled()).isTrue();
		}
		finally {
			this.jdbc.update("update account_security_policy set totp_required = false where role = 'NATIONAL_VIEWER'");
		}
	}

	@Test
	void onlySystemAdministratorsSetTheSecurityPolicy() {
		Account viewer = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		WebSession web = WebSession.at(this.port);
		web.signIn(viewer.username(), TestAccounts.PASSWORD);
		assertThat(web.get("/app/admin/keamanan").status()).isEqualTo(403);
		Page post = web.submit("/app/akun", "/app/admin/keamanan", Map.of("totpRequired", "NATIONAL_VIEWER"));
		assertThat(post.status()).isEqualTo(403);
	}

	private String codeNow(Account account) {
		return code(this.fixtures.reload(account).totpSecret(), this.clock.instant());
	}

	/** What the user's authenticator app shows at that instant. */
	private static String code(String secret, Instant at) {
		try {
			return new TimeBasedOneTimePasswordGenerator()
				.generateOneTimePasswordString(new SecretKeySpec(Base32.decode(secret), "HmacSHA1"), at, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
