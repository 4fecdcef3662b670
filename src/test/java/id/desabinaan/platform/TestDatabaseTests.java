package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The suite really runs on the database the test pass selected: in-memory H2 by default,
 * PostgreSQL when {@code TEST_DB_URL} points there (the CI's second pass), with every
 * migration applied.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class TestDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsOnTheDatabaseThePassSelected() throws Exception {
		String url = System.getenv("TEST_DB_URL");
		String expected = (url != null && url.startsWith("jdbc:postgresql:")) ? "PostgreSQL" : "H2";
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
		}
	}

	@Test
	void everyMigrationIsApplied() {
		Integer failed = this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success",
				Integer.class);
		assertThat(failed).isZero();
		Integer audit = this.jdbc.queryForObject(
				"select count(*) from flyway_schema_history where script like 'V1_1__protect_audit_event%'",
				Integer.class);
		assertThat(audit).as("the vendor-specific migration for this database ran").isEqualTo(1);
	}

}
