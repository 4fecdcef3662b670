package id.desabinaan.knowledge.jobcheck;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every table of the application holds, as far as a write would change it: the
 * number of rows, and the latest change time where the table records one. Two equal
 * snapshots around a request prove it wrote nothing (tests run one at a time).
 */
final class DatabaseSnapshot {

	private DatabaseSnapshot() {
	}

	static Map<String, String> of(JdbcTemplate jdbc) {
		Map<String, String> snapshot = new TreeMap<>();
		for (String table : jdbc.queryForList("select table_name from information_schema.tables "
				+ "where lower(table_schema) = 'public' and table_type = 'BASE TABLE'", String.class)) {
			String name = table.toLowerCase(java.util.Locale.ROOT);
			boolean changedAt = !jdbc
				.queryForList("select column_name from information_schema.columns where lower(table_name) = ? "
						+ "and lower(column_name) = 'changed_at'", String.class, name)
				.isEmpty();
			String rows = jdbc.queryForObject("select count(*) from " + name, String.class);
			String latest = changedAt ? jdbc.queryForObject("select max(changed_at) from " + name, String.class) : "";
			snapshot.put(name, rows + " " + latest);
		}
		return snapshot;
	}

}
