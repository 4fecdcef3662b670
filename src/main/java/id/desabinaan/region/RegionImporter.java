package id.desabinaan.region;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled region dataset into the {@code region} table on start-up when the
 * version recorded in {@code region_dataset} differs from the bundled one, then (re)loads
 * the in-memory index.
 * <p>
 * Runs before every other start-up runner: demo-data seeders of other modules rely on
 * regions. An empty table is filled with multi-row JDBC inserts (a few seconds for about
 * 91,600 rows); a table holding an older version is updated in place with {@code MERGE},
 * and codes that disappeared are marked retired rather than deleted, because other
 * modules keep region codes. The dataset row is locked for the whole import, so when
 * several nodes start together one imports and the others find the version recorded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegionImporter implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegionImporter.class);

	/** Rows per INSERT or MERGE statement. */
	private static final int ROWS_PER_STATEMENT = 500;

	/** How long to wait for another node's import before giving up the start. */
	private static final Duration LOCK_PATIENCE = Duration.ofMinutes(5);

	private static final Duration LOCK_RETRY = Duration.ofSeconds(1);

	private static final String COLUMNS = "code, parent_code, level, kind, name, dataset_version, created_at";

	private final BundledRegions bundle;

	private final RegionIndex index;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RegionImporter(BundledRegions bundle, RegionIndex index, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.bundle = bundle;
		this.index = index;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		ImportResult result = importIfNeeded();
		if (result.outcome() == ImportResult.Outcome.UP_TO_DATE) {
			log.info("Regions are up to date ({} {})", this.bundle.source(), this.bundle.version());
		}
		else {
			log.info("Imported {} regions ({} {}, {}) in {} ms", result.rows(), this.bundle.source(),
					this.bundle.version(), result.outcome().name().toLowerCase(Locale.ROOT),
					result.duration().toMillis());
		}
		if (result.outcome() == ImportResult.Outcome.UP_TO_DATE) {
			this.index.reload();
		}
	}

	/** Imports the bundled dataset unless its version is already recorded. */
	ImportResult importIfNeeded() {
		long started = System.nanoTime();
		ImportResult written = null;
		while (written == null) {
			try {
				written = this.transaction.execute((status) -> importLocked());
			}
			catch (PessimisticLockingFailureException | QueryTimeoutException ex) {
				// another node holds the dataset row and is importing: wait for it, then
				// find its version recorded
				if (System.nanoTime() - started > LOCK_PATIENCE.toNanos()) {
					throw ex;
				}
				log.info("Another node is importing regions; waiting");
				pause();
			}
		}
		if (written.outcome() == ImportResult.Outcome.UP_TO_DATE) {
			return written;
		}
		this.index.reload();
		// reading the files, writing, committing and loading the index
		return new ImportResult(written.outcome(), written.rows(), written.retired(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static void pause() {
		try {
			Thread.sleep(LOCK_RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for another node's region import", ex);
		}
	}

	private ImportResult importLocked() {
		String recorded = lockDataset();
		if (this.bundle.version().equals(recorded)) {
			return ImportResult.upToDate();
		}
		long start = System.nanoTime();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Long existing = this.jdbc.queryForObject("select count(*) from region", Long.class);
		boolean empty = existing == null || existing == 0;
		int rows = 0;
		// parse the files on other threads while the database writes: parents first
		try (ExecutorService parsers = Executors.newVirtualThreadPerTaskExecutor()) {
			Map<RegionLevel, Future<List<BundledRegions.Row>>> parsed = new EnumMap<>(RegionLevel.class);
			for (RegionLevel level : RegionLevel.values()) {
				parsed.put(level, parsers.submit(() -> this.bundle.rows(level)));
			}
			for (RegionLevel level : RegionLevel.values()) {
				List<BundledRegions.Row> levelRows = parsed(parsed.get(level));
				rows += levelRows.size();
				write(levelRows, now, empty ? this::insertSql : this::mergeSql);
			}
		}
		int retired = empty ? 0
				: this.jdbc.update("update region set retired_at = ? where dataset_version <> ? and retired_at is null",
						now, this.bundle.version());
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		this.jdbc.update(
				"update region_dataset set version = ?, imported_at = ?, row_count = ?, duration_ms = ? where id = ?",
				this.bundle.version(), now, rows, duration.toMillis(), this.bundle.source());
		if (retired > 0) {
			log.warn("{} region codes are no longer in {} {} and were marked retired", retired, this.bundle.source(),
					this.bundle.version());
		}
		return new ImportResult(empty ? ImportResult.Outcome.INSERTED : ImportResult.Outcome.UPDATED, rows, retired,
				duration);
	}

	private static List<BundledRegions.Row> parsed(Future<List<BundledRegions.Row>> rows) {
		try {
			return rows.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the region dataset", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("Cannot read the region dataset", ex.getCause());
		}
	}

	/** The recorded version, with the dataset's row locked until the transaction ends. */
	private String lockDataset() {
		String sql = "select version from region_dataset where id = ? for update";
		List<String> versions = this.jdbc.queryForList(sql, String.class, this.bundle.source());
		if (versions.isEmpty()) {
			this.jdbc.update("insert into region_dataset (id, version, created_at) values (?, 'none', ?)",
					this.bundle.source(), OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC));
			versions = this.jdbc.queryForList(sql, String.class, this.bundle.source());
		}
		return versions.get(0);
	}

	private void write(List<BundledRegions.Row> rows, OffsetDateTime now, SqlForRows sqlForRows) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			int full = rows.size() / ROWS_PER_STATEMENT;
			if (full > 0) {
				try (PreparedStatement statement = connection.prepareStatement(sqlForRows.sql(ROWS_PER_STATEMENT))) {
					for (int chunk = 0; chunk < full; chunk++) {
						bind(statement, rows.subList(chunk * ROWS_PER_STATEMENT, (chunk + 1) * ROWS_PER_STATEMENT),
								now);
						statement.addBatch();
						if (chunk % 10 == 9) {
							statement.executeBatch();
						}
					}
					statement.executeBatch();
				}
			}
			int rest = rows.size() - full * ROWS_PER_STATEMENT;
			if (rest > 0) {
				executeOnce(connection, sqlForRows.sql(rest), rows.subList(full * ROWS_PER_STATEMENT, rows.size()),
						now);
			}
			return null;
		});
	}

	private void executeOnce(Connection connection, String sql, List<BundledRegions.Row> rows, OffsetDateTime now)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, rows, now);
			statement.executeUpdate();
		}
	}

	private void bind(PreparedStatement statement, List<BundledRegions.Row> rows, OffsetDateTime now)
			throws SQLException {
		int p = 1;
		for (BundledRegions.Row row : rows) {
			statement.setString(p++, row.code());
			if (row.parentCode() != null) {
				statement.setString(p++, row.parentCode());
			}
			else {
				statement.setNull(p++, Types.VARCHAR);
			}
			statement.setString(p++, row.level().name());
			if (row.kind() != null) {
				statement.setString(p++, row.kind().name());
			}
			else {
				statement.setNull(p++, Types.VARCHAR);
			}
			statement.setString(p++, row.name());
			statement.setString(p++, this.bundle.version());
			statement.setObject(p++, now);
		}
	}

	private String insertSql(int rows) {
		return "insert into region (" + COLUMNS + ") values " + placeholders(rows);
	}

	private String mergeSql(int rows) {
		return "merge into region t using (values " + placeholders(rows) + ") as s (" + COLUMNS + ") "
				+ "on t.code = s.code when matched then update set parent_code = s.parent_code, level = s.level, "
				+ "kind = s.kind, name = s.name, dataset_version = s.dataset_version, "
				+ "retired_at = null when not matched then insert (" + COLUMNS + ") values (s.code, s.parent_code, "
				+ "s.level, s.kind, s.name, s.dataset_version, s.created_at)";
	}

	private static String placeholders(int rows) {
		String row = "(?, ?, ?, ?, ?, ?, ?)";
		StringBuilder sql = new StringBuilder(rows * (row.length() + 2));
		for (int i = 0; i < rows; i++) {
			if (i > 0) {
				sql.append(", ");
			}
			sql.append(row);
		}
		return sql.toString();
	}

	@FunctionalInterface
	private interface SqlForRows {

		String sql(int rows);

	}

	/**
	 * What an import run did.
	 *
	 * @param outcome whether rows were written
	 * @param rows rows in the bundled dataset (0 when up to date)
	 * @param retired codes marked retired because the new dataset lacks them
	 * @param duration wall time of the whole import, commit and index load included
	 */
	record ImportResult(Outcome outcome, int rows, int retired, Duration duration) {

		static ImportResult upToDate() {
			return new ImportResult(Outcome.UP_TO_DATE, 0, 0, Duration.ZERO);
		}

		enum Outcome {

			/** The recorded version equals the bundled one: nothing written. */
			UP_TO_DATE,
			/** The table was empty and was filled. */
			INSERTED,
			/** The table held another version and was updated in place. */
			UPDATED

		}

	}

}
