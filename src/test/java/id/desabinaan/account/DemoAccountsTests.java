package id.desabinaan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.desabinaan.Application;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * The demo accounts: one per role with the right scopes, passwords as published, loaded
 * once, and no start outside the demo profile while a demo password is still in use.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class DemoAccountsTests {

	private static final Path PUBLISHED = Path.of("README.md");

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	OfficeDirectory offices;

	@Autowired
	DemoAccountsLoader loader;

	@Test
	void thereIsADemoAccountForEveryRoleWithItsScope() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
			Account account = this.accounts.findByUsername(demo.username()).orElseThrow();
			roles.add(account.role());
			assertThat(account.role()).isEqualTo(demo.role());
			assertThat(account.isActive()).isTrue();
		}
		assertThat(roles).containsExactlyInAnyOrder(Role.values());
		assertThat(scopeOf("kanwil.jateng")).isEqualTo(Scope.regional(officeId("KANWIL-JATENG")));
		assertThat(scopeOf("kepala.wonosobo")).isEqualTo(Scope.office(officeId("KANIM-WONOSOBO")));
		assertThat(scopeOf("staf.wonosobo")).isEqualTo(Scope.office(officeId("KANIM-WONOSOBO")));
		assertThat(scopeOf("kepala.yogyakarta")).isEqualTo(Scope.office(officeId("KANIM-YOGYAKARTA")));
		assertThat(scopeOf("desa.pakuncen")).isEqualTo(Scope.village("33.07.06.2009"));
		assertThat(scopeOf("admin")).isEqualTo(Scope.national());
	}

	@Test
	void thePublishedPasswordsAreTheDemoPasswordsAndFollowThePolicy() throws IOException {
		Map<String, String> published = published();
		assertThat(published).hasSameSizeAs(DemoAccounts.ALL);
		for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
			assertThat(published).containsEntry(demo.username(), demo.password());
			assertThat(PasswordPolicy.isStrong(demo.password())).as(demo.username()).isTrue();
			assertThat(this.passwordEncoder.matches(demo.password(),
					this.accounts.findByUsername(demo.username()).orElseThrow().passwordHash()))
				.as(demo.username())
				.isTrue();
		}
	}

	@Test
	void loadingAgainChangesNothing() {
		Map<String, Long> ids = new LinkedHashMap<>();
		DemoAccounts.ALL.forEach((demo) -> ids.put(demo.username(), idOf(demo.username())));
		this.loader.run(new DefaultApplicationArguments());
		DemoAccounts.ALL.forEach((demo) -> assertThat(idOf(demo.username())).isEqualTo(ids.get(demo.username())));
	}

	@Test
	void refusesToStartOutsideTheDemoProfileWhileADemoPasswordIsInUse() {
		// command-line arguments outrank the profiles Surefire sets as system properties
		SpringApplicationBuilder withoutDemo = new SpringApplicationBuilder(Application.class)
			.properties("spring.main.lazy-initialization=true");
		assertThatThrownBy(() -> withoutDemo.run("--spring.profiles.active=test", "--server.port=0").close())
			.satisfies((failure) -> {
				Throwable cause = failure;
				while (!(cause instanceof IllegalStateException) && cause.getCause() != null) {
					cause = cause.getCause();
				}
				assertThat(cause).isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("Refusing to start")
					.hasMessageContaining("admin")
					.hasMessageContaining("README.md");
			});
	}

	private Map<String, String> published() throws IOException {
		Map<String, String> passwords = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^\\|\\s*`([^`]+)`\\s*\\|.*\\|\\s*`([^`]+)`\\s*\\|\\s*$")
			.matcher(Files.readString(PUBLISHED));
		while (row.find()) {
			passwords.put(row.group(1), row.group(2));
		}
		return passwords;
	}

	private Scope scopeOf(String username) {
		return this.accounts.findByUsername(username).orElseThrow().scope();
	}

	private long idOf(String username) {
		return this.accounts.findByUsername(username).orElseThrow().id();
	}

	private long officeId(String code) {
		return this.offices.findByCode(code).orElseThrow().id();
	}

}
