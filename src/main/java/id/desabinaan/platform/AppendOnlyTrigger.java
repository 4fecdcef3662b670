package id.desabinaan.platform;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Makes a table append-only on the embedded H2 database, as the PL/pgSQL trigger does on
 * PostgreSQL: every update or delete fails. H2 instantiates it by name (see the H2 vendor
 * migration of {@code audit_event}).
 */
public class AppendOnlyTrigger implements Trigger {

	private String table;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(this.table + " is append-only", "45000");
	}

}
