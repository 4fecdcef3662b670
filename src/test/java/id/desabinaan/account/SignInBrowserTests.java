package id.desabinaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.desabinaan.browser.BrowserTestSupport;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * The sign-in journeys in Debian's Chromium on a phone-sized window: a village official
 * sees only his own village, and five wrong passwords lock an account.
 */
class SignInBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	@Test
	void villageOfficialSignsInAndSeesOnlyHisVillage() {
		signIn("desa.pakuncen", "Desa#Pakuncen2026");
		WebDriver browser = browser();

		assertThat(browser.getCurrentUrl()).endsWith("/app");
		String village = find(By.id("my-village")).getText();
		assertThat(village).contains("Pakuncen", "Selomerto", "Wonosobo", "33.07.06.2009");
		assertThat(pageText()).contains("Kantor Imigrasi Kelas II Non TPI Wonosobo");
		assertThat(browser.findElements(By.id("my-office"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("a[href$='/app/kantor'], a[href$='/app/pengguna']")))
			.as("no links to office or account administration")
			.isEmpty();
		screenshot("home");

		open("/app/kantor");
		assertThat(pageText()).contains("Akses ditolak");
		open("/app/pengguna");
		assertThat(pageText()).contains("Akses ditolak");
		open("/app");
		assertThat(find(By.id("my-village")).getText()).contains("Pakuncen");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
		Account account = new TestAccounts(this.accounts, this.passwordEncoder).create("kunci", Role.PIMPASA,
				Scope.office(officeOf("kepala.wonosobo")));

		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(account.username(), "Salah#Sandi2026");
			assertThat(find(By.id("login-error")).getText()).as("attempt %d", attempt).isNotBlank();
		}
		String lockedMessage = find(By.id("login-error")).getText();
		signIn(account.username(), TestAccounts.PASSWORD);

		assertThat(browser().getCurrentUrl()).contains("/masuk");
		assertThat(find(By.id("login-error")).getText()).isEqualTo(lockedMessage);
		assertThat(this.accounts.findById(account.id()).orElseThrow().isLockedAt(this.clock.instant())).isTrue();
		assertThat(this.auditLog.count(AuditActions.ACCOUNT_LOCKED, account.username())).isEqualTo(1);
		screenshot("locked");
	}

	private long officeOf(String username) {
		return this.accounts.findByUsername(username).orElseThrow().scope().officeId();
	}

}
