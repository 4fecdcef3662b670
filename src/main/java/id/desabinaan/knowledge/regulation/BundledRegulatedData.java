package id.desabinaan.knowledge.regulation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.RequirementKind;
import id.desabinaan.knowledge.VisaArrangement;

/**
 * The regulated data shipped in {@code src/main/resources/data/knowledge} (sources in its
 * {@code SOURCE.md}), read into versions. A malformed row stops the start with its file
 * and line: reference data must not be half loaded.
 */
final class BundledRegulatedData {

	static final String LOCATION = "data/knowledge/";

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private BundledRegulatedData() {
	}

	static List<FeeVersion> fees() {
		return read("fees.csv", (row) -> new FeeVersion(FeeComponent.valueOf(row.get("component")),
				Long.parseLong(row.get("amount")), from(row), until(row), row.get("source")));
	}

	static List<RequirementVersion> requirements() {
		return read("requirements.csv",
				(row) -> new RequirementVersion(RequirementApplication.valueOf(row.get("application")),
						RequirementApplicant.valueOf(row.get("applicant")), row.get("code"),
						RequirementKind.valueOf(row.get("kind")), Integer.parseInt(row.get("position")),
						row.get("text_id"), row.get("text_en"), from(row), until(row), row.get("source")));
	}

	static List<VisaFacilitationVersion> visaFacilitations() {
		return read("visa-facilitation.csv",
				(row) -> new VisaFacilitationVersion(country(row), VisaArrangement.valueOf(row.get("arrangement")),
						Boolean.parseBoolean(row.get("electronic_passport_only")),
						row.get("max_stay_days").isBlank() ? null : Integer.valueOf(row.get("max_stay_days")),
						row.get("note_id"), row.get("note_en"), from(row), until(row), row.get("source")));
	}

	static List<PlacementBanVersion> placementBans() {
		return read("placement-bans.csv", (row) -> new PlacementBanVersion(country(row), row.get("job_code"),
				row.get("job_name_id"), row.get("job_name_en"), from(row), until(row), row.get("source")));
	}

	private static Country country(CSVRecord row) {
		return new Country(row.get("country_code"), row.get("country_name_id"), row.get("country_name_en"));
	}

	private static LocalDate from(CSVRecord row) {
		return LocalDate.parse(row.get("valid_from"));
	}

	private static LocalDate until(CSVRecord row) {
		String value = row.get("valid_until");
		return value.isBlank() ? null : LocalDate.parse(value);
	}

	private static <T> List<T> read(String file, Function<CSVRecord, T> version) {
		List<T> versions = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ClassPathResource(LOCATION + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSV.parse(reader)) {
				try {
					versions.add(version.apply(row));
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(
							"Bad row in " + LOCATION + file + " line " + (row.getRecordNumber() + 1), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION + file, ex);
		}
		return versions;
	}

}
