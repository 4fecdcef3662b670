package id.desabinaan.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import id.desabinaan.shared.RegionCode;

/**
 * The region dataset shipped in {@code src/main/resources/data/regions} (written by
 * {@code scripts/update-regions.sh}): its version and its rows, level by level, parents
 * before children.
 */
@Component
class BundledRegions {

	static final String LOCATION = "data/regions/";

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private final String source;

	private final String version;

	BundledRegions() {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(LOCATION + "dataset.properties").getInputStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Region dataset description missing in " + LOCATION, ex);
		}
		this.source = required(properties, "source");
		this.version = required(properties, "version");
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("dataset.properties has no " + key);
		}
		return value.strip();
	}

	/** The dataset's name, e.g. {@code idn-area-data}. */
	String source() {
		return this.source;
	}

	/** The dataset's version, e.g. {@code 4.0.1}. */
	String version() {
		return this.version;
	}

	/** The rows of one level, in file order. */
	List<Row> rows(RegionLevel level) {
		return switch (level) {
			case PROVINCE -> read("provinces", level, null);
			case REGENCY -> read("regencies", level, "province_code");
			case DISTRICT -> read("districts", level, "regency_code");
			case VILLAGE -> read("villages", level, "district_code");
		};
	}

	private List<Row> read(String file, RegionLevel level, String parentColumn) {
		List<Row> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				new GZIPInputStream(new ClassPathResource(LOCATION + file + ".csv.gz").getInputStream(), 1 << 16),
				StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSV.parse(reader)) {
				rows.add(row(level, record.get("code"), (parentColumn != null) ? record.get(parentColumn) : null,
						record.get("name")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read region file " + file, ex);
		}
		return rows;
	}

	private static Row row(RegionLevel level, String code, String parentCode, String name) {
		if (!RegionCode.isValid(code) || RegionCode.of(code).depth() != level.ordinal() + 1) {
			throw new IllegalStateException("Malformed " + level + " code in the region dataset: " + code);
		}
		String expectedParent = (level == RegionLevel.PROVINCE) ? null : code.substring(0, code.lastIndexOf('.'));
		if ((expectedParent == null) ? parentCode != null : !expectedParent.equals(parentCode)) {
			throw new IllegalStateException("Region " + code + " has parent " + parentCode);
		}
		RegionKind kind = switch (level) {
			case REGENCY -> RegionKind.ofRegency(name);
			case VILLAGE -> RegionKind.ofVillage(code);
			default -> null;
		};
		return new Row(code, parentCode, level, kind, name);
	}

	/**
	 * One region as the dataset has it.
	 *
	 * @param code Kemendagri code
	 * @param parentCode code of the parent, {@code null} for a province
	 * @param level level
	 * @param kind kind, {@code null} for provinces and districts
	 * @param name name as in the source
	 */
	record Row(String code, String parentCode, RegionLevel level, RegionKind kind, String name) {
	}

}
