package id.desabinaan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import id.desabinaan.platform.AuditEvent.Outcome;

/**
 * The security audit log is append-only in the database itself, on H2 and on PostgreSQL:
 * a recorded event can be read but neither changed nor deleted, whatever code runs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AuditLogTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsAnEventThatCanBeReadBack() {
		String target = unique();
		this.auditLog.record("tester", "TEST_EVENT", target, Outcome.SUCCESS, null, "detail");

		assertThat(this.auditLog.count("TEST_EVENT", target)).isEqualTo(1);
	}

	@Test
	void databaseRefusesToChangeARecordedEvent() {
		String target = unique();
		this.auditLog.record("tester", "TEST_EVENT", target, Outcome.FAILURE, null, null);

		assertThatThrownBy(
				() -> this.jdbc.update("update audit_event set outcome = 'SUCCESS' where target = ?", target))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select outcome from audit_event where target = ?", String.class, target))
			.isEqualTo("FAILURE");
	}

	@Test
	void databaseRefusesToDeleteARecordedEvent() {
		String target = unique();
		this.auditLog.record("tester", "TEST_EVENT", target, Outcome.SUCCESS, null, null);

		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event where target = ?", target))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.auditLog.count("TEST_EVENT", target)).isEqualTo(1);
	}

	@Test
	void cutsOverlongValuesInsteadOfFailing() {
		String target = unique() + "x".repeat(300);
		this.auditLog.record("a".repeat(150), "TEST_EVENT", target, Outcome.SUCCESS, null, "d".repeat(600));

		assertThat(this.auditLog.count("TEST_EVENT", target.substring(0, 200))).isEqualTo(1);
	}

	private static String unique() {
		return "audit-test-" + UUID.randomUUID();
	}

}
