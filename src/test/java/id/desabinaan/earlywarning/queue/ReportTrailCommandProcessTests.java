package id.desabinaan.earlywarning.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line mode as an operator runs it: the application's main class in a process
 * of its own, on a database of its own (an H2 file migrated by Flyway, holding one report
 * whose first trail entry does not match its hash), never the shared test database.
 */
class ReportTrailCommandProcessTests {

	@TempDir
	Path dir;

	@Test
	void commandChecksTheTrailsWithoutAWebServerAndExitsWithOneWhenATrailIsBroken() throws Exception {
		String url = "jdbc:h2:file:" + this.dir.resolve("app")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load()
			.migrate();
		long reportId = brokenReport(url);
		Path output = this.dir.resolve("output.txt");
		String java = ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		Process process = new ProcessBuilder(List.of(java, "-cp", applicationClassPath(), "id.desabinaan.Application",
				"--verify-report-trail", "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
				"--spring.datasource.password=",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"--desabinaan.files.dir=" + this.dir.resolve("files"), "--logging.level.root=WARN"))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.directory(this.dir.toFile())
			.start();
		boolean ended = process.waitFor(240, TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly();
		}
		String printed = read(output);

		assertThat(ended).as(printed).isTrue();
		assertThat(process.exitValue()).as(printed).isEqualTo(1);
		assertThat(printed).contains("1 reports checked, 1 broken", "BROKEN report " + reportId,
				"first broken entry 1");
		assertThat(printed).doesNotContain("Tomcat started", "Tomcat initialized");
	}

	/**
	 * The class path of the tests without the test classes (the application as packaged
	 * holds none); Surefire may hand it over as a manifest-only jar.
	 */
	private static String applicationClassPath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
				try (JarFile jar = new JarFile(entry)) {
					String classPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
					for (String url : classPath.split(" ")) {
						if (!url.isBlank()) {
							entries.add(Path.of(URI.create(url)).toString());
						}
					}
				}
			}
			else {
				entries.add(entry);
			}
		}
		return entries.stream()
			.filter((entry) -> !entry.replace('\\', '/').contains("/test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
	}

	/** An office, one report and a first trail entry whose hash is wrong. */
	private static long brokenReport(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			long office;
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into office (code, name, level, time_zone, active, created_at, created_by) "
							+ "values ('DITJEN-UJI', 'Direktorat Uji', 'NATIONAL', 'Asia/Jakarta', true, ?, 'test')",
					Statement.RETURN_GENERATED_KEYS)) {
				insert.setTimestamp(1, Timestamp.from(Instant.now()));
				insert.executeUpdate();
				office = generated(insert);
			}
			long report;
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into report (receipt_code, category, channel, reporter_kind, state, state_entered_on, "
							+ "village_code, office_id, description, details_json, risk_score, risk_level, received_on, "
							+ "language) values ('UJIJEJAKRUSAK00000001', 'OTHER', 'WEB', 'ANONYMOUS', 'RECEIVED', ?, "
							+ "'33.07.06.2009', ?, 'uji', '{}', 0, 'LOW', ?, 'id')",
					Statement.RETURN_GENERATED_KEYS)) {
				insert.setObject(1, LocalDate.now());
				insert.setLong(2, office);
				insert.setObject(3, LocalDate.now());
				insert.executeUpdate();
				report = generated(insert);
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into report_entry (report_id, seq, kind, actor, occurred_on, previous_hash, hash) "
							+ "values (?, 1, 'RECEIVED', 'reporter', ?, ?, ?)")) {
				insert.setLong(1, report);
				insert.setObject(2, LocalDate.now());
				insert.setString(3, "0".repeat(64));
				insert.setString(4, "a".repeat(64));
				insert.executeUpdate();
			}
			return report;
		}
	}

	private static long generated(PreparedStatement statement) throws SQLException {
		try (var keys = statement.getGeneratedKeys()) {
			keys.next();
			return keys.getLong(1);
		}
	}

}
