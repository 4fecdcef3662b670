package id.desabinaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.desabinaan.account.WebSession.Page;
import id.desabinaan.platform.AuditEvent;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * Sign-in over real HTTP: the form, lockout, the one generic error, language, saved
 * request, sign-out, session time-out and the audit trail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class SignInTests {

	private static final String WRONG = "Salah#Sandi2026";

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

	@Autowired
	ApplicationContext context;

	@Value("${server.servlet.session.timeout}")
	Duration sessionTimeout;

	TestAccounts fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new TestAccounts(this.accounts, this.passwordEncoder);
	}

	@Test
	void signsInWithTheRightPasswordAndLandsOnTheStaffHome() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		WebSession web = WebSession.at(this.port);
		Page after = web.signIn(account.username(), TestAccounts.PASSWORD);
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.redirectPath()).isEqualTo("/app");
		assertThat(web.get("/app").status()).isEqualTo(200);
		assertThat(this.auditLog.count("LOGIN", account.username())).isEqualTo(1);
	}

	@Test
	void acceptsTheUsernameInAnyCaseAndWithSurroundingSpaces() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		Page after = WebSession.at(this.port)
			.signIn("  " + account.username().toUpperCase() + " ", TestAccounts.PASSWORD);
		assertThat(after.redirectPath()).isEqualTo("/app");
	}

	@Test
	void loginPageHasStableFieldIdsAndACsrfToken() {
		String body = WebSession.at(this.port).get("/masuk").body();
		assertThat(body).contains("id=\"username\"", "id=\"password\"", "id=\"login-submit\"", "name=\"_csrf\"")
			.doesNotContain("id=\"login-error\"");
	}

	@Test
	void refusesASignInWithoutTheCsrfToken() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		Page after = WebSession.at(this.port)
			.post("/masuk", Map.of("username", account.username(), "password", TestAccounts.PASSWORD));
		assertThat(after.status()).isEqualTo(403);
	}

	@Test
	void wrongPasswordUnknownUserAndLockedAccountGetTheSameOneMessage() {
		Account wrongPassword = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		Account locked = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		lock(locked);
		List<Page> answers = List.of(WebSession.at(this.port).signIn(wrongPassword.username(), WRONG),
				WebSession.at(this.port).signIn(TestAccounts.uniqueName("nobody"), WRONG),
				WebSession.at(this.port).signIn(locked.username(), TestAccounts.PASSWORD));
		for (Page answer : answers) {
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.redirectPath()).isEqualTo("/masuk?error");
		}
		String errorPage = WebSession.at(this.port).get("/masuk?error").body();
		assertThat(errorPage).contains("id=\"login-error\"")
			.contains("Gagal masuk. Periksa nama pengguna dan kata sandi.")
			.doesNotContain("tidak ditemukan", "terkunci");
	}

	@Test
	void fiveFailedAttemptsLockTheAccountForFifteenMinutes() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		for (int attempt = 1; attempt <= 4; attempt++) {
			WebSession.at(this.port).signIn(account.username(), WRONG);
		}
		assertThat(this.fixtures.reload(account).failedAttempts()).isEqualTo(4);
		assertThat(this.fixtures.reload(account).lockedUntil()).isNull();

		Instant before = this.clock.instant();
		WebSession.at(this.port).signIn(account.username(), WRONG);
		Instant after = this.clock.instant();
		Instant lockedUntil = this.fixtures.reload(account).lockedUntil();
		assertThat(lockedUntil).isBetween(before.plus(Duration.ofMinutes(15)), after.plus(Duration.ofMinutes(15)));
		assertThat(this.auditLog.count("ACCOUNT_LOCKED", account.username())).isEqualTo(1);

		Page rightPasswordWhileLocked = WebSession.at(this.port).signIn(account.username(), TestAccounts.PASSWORD);
		assertThat(rightPasswordWhileLocked.redirectPath()).isEqualTo("/masuk?error");
		assertThat(this.fixtures.reload(account).lockedUntil()).isEqualTo(lockedUntil);
		assertThat(this.auditLog.count("LOGIN_FAILED", account.username())).isEqualTo(6);

		// the fifteen minutes pass
		moveLockTo(account, this.clock.instant().minusSeconds(1));
		Page afterLock = WebSession.at(this.port).signIn(account.username(), TestAccounts.PASSWORD);
		assertThat(afterLock.redirectPath()).isEqualTo("/app");
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		for (int attempt = 1; attempt <= 4; attempt++) {
			WebSession.at(this.port).signIn(account.username(), WRONG);
		}
		assertThat(WebSession.at(this.port).signIn(account.username(), TestAccounts.PASSWORD).redirectPath())
			.isEqualTo("/app");
		assertThat(this.fixtures.reload(account).failedAttempts()).isZero();
		for (int attempt = 1; attempt <= 4; attempt++) {
			WebSession.at(this.port).signIn(account.username(), WRONG);
		}
		assertThat(this.fixtures.reload(account).lockedUntil()).isNull();
		assertThat(WebSession.at(this.port).signIn(account.username(), TestAccounts.PASSWORD).redirectPath())
			.isEqualTo("/app");
	}

	@Test
	void aRetiredAccountCannotSignIn() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		Account stored = this.fixtures.reload(account);
		stored.retire(this.clock.instant());
		this.accounts.save(stored);
		assertThat(WebSession.at(this.port).signIn(account.username(), TestAccounts.PASSWORD).redirectPath())
			.isEqualTo("/masuk?error");
	}

	@Test
	void unknownUsernamesCostAPasswordHashToo() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		WebSession.at(this.port).signIn(TestAccounts.uniqueName("warmup"), WRONG);
		List<Long> known = new ArrayList<>();
		List<Long> unknown = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			known.add(timeSignIn(account.username()));
			unknown.add(timeSignIn(TestAccounts.uniqueName("nobody")));
		}
		// without a hash an unknown name would answer in a few milliseconds; Argon2 takes
		// far longer
		assertThat(median(unknown)).isGreaterThan(median(known) / 3);
	}

	@Test
	void unknownUsernamesAreAuditedAsUnknownWithoutTheTypedName() {
		String typed = TestAccounts.uniqueName("nobody");
		WebSession.at(this.port).signIn(typed, WRONG);
		List<AuditEvent> newest = this.auditLog.all(PageRequest.of(0, 10)).getContent();
		assertThat(newest).anySatisfy((event) -> {
			assertThat(event.getAction()).isEqualTo("LOGIN_FAILED");
			assertThat(event.getActor()).isEqualTo("unknown");
			assertThat(event.getTarget()).isNull();
		});
		assertThat(newest).noneSatisfy(
				(event) -> assertThat(event.getActor() + event.getTarget() + event.getDetail()).contains(typed));
	}

	@Test
	void appliesTheAccountsLanguageAtSignIn() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		Account stored = this.fixtures.reload(account);
		stored.changeLanguage(Locale.ENGLISH);
		this.accounts.save(stored);
		WebSession web = WebSession.at(this.port);
		web.signIn(account.username(), TestAccounts.PASSWORD);
		assertThat(web.cookie("lang")).contains("en");
		assertThat(web.get("/app").body()).contains("lang=\"en\"");
	}

	@Test
	void returnsToThePageAskedForBeforeSignIn() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		WebSession web = WebSession.at(this.port);
		Page asked = web.get("/app/akun");
		assertThat(asked.status()).isEqualTo(302);
		assertThat(asked.redirectPath()).isEqualTo("/masuk");
		Page after = web.signIn(account.username(), TestAccounts.PASSWORD);
		assertThat(after.redirectPath()).startsWith("/app/akun");
	}

	@Test
	void signingOutEndsTheSession() {
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		WebSession web = WebSession.at(this.port);
		web.signIn(account.username(), TestAccounts.PASSWORD);
		assertThat(web.get("/app").status()).isEqualTo(200);

		Page out = web.submit("/app", "/keluar", Map.of());
		assertThat(out.redirectPath()).isEqualTo("/masuk?keluar");
		assertThat(web.get("/masuk?keluar").body()).contains("id=\"login-signed-out\"", "Anda telah keluar.");
		Page after = web.get("/app");
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.redirectPath()).isEqualTo("/masuk");
		assertThat(this.auditLog.count("LOGOUT", account.username())).isEqualTo(1);
	}

	@Test
	void sessionsTimeOutAfterThirtyMinutesIdle() throws Exception {
		assertThat(this.sessionTimeout).isEqualTo(Duration.ofMinutes(30));
		Account account = this.fixtures.create("viewer", Role.NATIONAL_VIEWER, Scope.national());
		WebSession web = WebSession.at(this.port);
		web.signIn(account.username(), TestAccounts.PASSWORD);
		String sessionId = web.cookie("JSESSIONID").orElseThrow();
		TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) this.context).getWebServer();
		Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
		Session session = webapp.getManager().findSession(sessionId);
		assertThat(session).isNotNull();
		assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
	}

	private long timeSignIn(String username) {
		long start = System.nanoTime();
		WebSession.at(this.port).signIn(username, WRONG);
		return System.nanoTime() - start;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private void lock(Account account) {
		moveLockTo(account, this.clock.instant().plus(Duration.ofMinutes(15)));
	}

	private void moveLockTo(Account account, Instant until) {
		this.jdbc.update("update account set locked_until = ? where id = ?",
				OffsetDateTime.ofInstant(until, ZoneOffset.UTC), account.id());
	}

}
