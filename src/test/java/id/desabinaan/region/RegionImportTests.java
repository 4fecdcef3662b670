package id.desabinaan.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import id.desabinaan.region.RegionImporter.ImportResult;
import id.desabinaan.region.RegionImporter.ImportResult.Outcome;
import id.desabinaan.shared.RegionCode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class RegionImportTests {

	/**
	 * A code that is not in the dataset, used to prove that vanished codes are retired.
	 */
	private static final String VANISHED = "33.07.06.9999";

	@Autowired
	RegionImporter importer;

	@Autowired
	BundledRegions bundle;

	@Autowired
	RegionDirectory regions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loadsEveryProvinceRegencyDistrictAndVillageOfIndonesia() {
		assertThat(countByLevel()).containsEntry("PROVINCE", 38L)
			.containsEntry("REGENCY", 514L)
			.containsEntry("DISTRICT", 7285L)
			.containsEntry("VILLAGE", 83762L);
	}

	@Test
	void recordsKabupatenKotaDesaAndKelurahan() {
		Map<String, Long> kinds = this.jdbc
			.queryForList("select kind, count(*) as n from region where retired_at is null and kind is not null "
					+ "group by kind")
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("kind"), (row) -> ((Number) row.get("n")).longValue()));
		assertThat(kinds).containsEntry("KABUPATEN", 416L)
			.containsEntry("KOTA", 98L)
			.containsEntry("KELURAHAN", 8496L)
			.containsEntry("DESA", 75266L);
		assertThat(this.regions.find(RegionCode.of("34.71.07.1001")).orElseThrow().kind()).isEqualTo("KELURAHAN");
		assertThat(this.regions.find(RegionCode.of("33.07.06.2009")).orElseThrow().kind()).isEqualTo("DESA");
		assertThat(this.regions.find(RegionCode.of("34.71")).orElseThrow().kind()).isEqualTo("KOTA");
		assertThat(this.regions.find(RegionCode.of("33.07")).orElseThrow().kind()).isEqualTo("KABUPATEN");
	}

	@Test
	void recordsTheImportedDatasetVersionAndHowLongTheImportTook() {
		Map<String, Object> dataset = this.jdbc.queryForMap(
				"select version, imported_at, row_count, duration_ms from region_dataset where id = ?",
				this.bundle.source());
		assertThat(dataset.get("version")).isEqualTo("4.0.1").isEqualTo(this.bundle.version());
		assertThat(dataset.get("imported_at")).isNotNull();
		assertThat(((Number) dataset.get("row_count")).intValue()).isEqualTo(91_599);
		// the time itself is a benchmark figure (bench/startup.sh, docs/benchmarks.md),
		// not a test
		assertThat(((Number) dataset.get("duration_ms")).longValue()).isPositive();
	}

	@Test
	void doesNothingWhenTheBundledVersionIsAlreadyRecorded() {
		OffsetDateTime importedBefore = importedAt();
		long rowsBefore = countRows();

		ImportResult again = this.importer.importIfNeeded();

		assertThat(again.outcome()).isEqualTo(Outcome.UP_TO_DATE);
		assertThat(again.rows()).isZero();
		assertThat(importedAt()).isEqualTo(importedBefore);
		assertThat(countRows()).isEqualTo(rowsBefore);
	}

	@Test
	void updatesInPlaceOnceWhenTwoNodesStartWithANewerDatasetAndRetiresVanishedCodes() throws Exception {
		this.jdbc.update("delete from region where code = ?", VANISHED);
		this.jdbc.update(
				"insert into region (code, parent_code, level, kind, name, dataset_version, created_at) "
						+ "values (?, '33.07.06', 'VILLAGE', 'DESA', 'Uji Hilang', 'test-previous', current_timestamp)",
				VANISHED);
		this.jdbc.update("update region_dataset set version = 'test-previous' where id = ?", this.bundle.source());
		long rowsBefore = countRows();

		List<ImportResult> results;
		try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
			Callable<ImportResult> start = this.importer::importIfNeeded;
			List<Future<ImportResult>> futures = nodes.invokeAll(List.of(start, start));
			results = List.of(futures.get(0).get(), futures.get(1).get());
		}

		assertThat(results).extracting(ImportResult::outcome)
			.containsExactlyInAnyOrder(Outcome.UPDATED, Outcome.UP_TO_DATE);
		ImportResult updated = results.stream().filter((r) -> r.outcome() == Outcome.UPDATED).findFirst().orElseThrow();
		assertThat(updated.rows()).isEqualTo(91_599);
		assertThat(updated.retired()).isEqualTo(1);
		assertThat(countRows()).isEqualTo(rowsBefore);
		assertThat(countByLevel()).containsEntry("VILLAGE", 83762L);
		assertThat(this.jdbc.queryForObject("select version from region_dataset where id = ?", String.class,
				this.bundle.source()))
			.isEqualTo(this.bundle.version());
		assertThat(this.jdbc.queryForObject("select retired_at from region where code = ?", OffsetDateTime.class,
				VANISHED))
			.isNotNull();
		assertThat(this.regions.search("Uji Hilang", null, 10)).isEmpty();
		assertThat(this.regions.children(RegionCode.of("33.07.06"))).extracting(RegionSummary::code)
			.doesNotContain(VANISHED)
			.contains("33.07.06.2009");
	}

	private Map<String, Long> countByLevel() {
		return this.jdbc.queryForList("select level, count(*) as n from region where retired_at is null group by level")
			.stream()
			.collect(
					Collectors.toMap((row) -> (String) row.get("level"), (row) -> ((Number) row.get("n")).longValue()));
	}

	private long countRows() {
		return this.jdbc.queryForObject("select count(*) from region", Long.class);
	}

	private OffsetDateTime importedAt() {
		return this.jdbc.queryForObject("select imported_at from region_dataset where id = ?", OffsetDateTime.class,
				this.bundle.source());
	}

}
