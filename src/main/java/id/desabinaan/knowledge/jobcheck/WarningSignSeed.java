package id.desabinaan.knowledge.jobcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.knowledge.WarningSignContext;

/**
 * The warning signs and thresholds shipped in
 * {@code src/main/resources/data/knowledge/warning-signs.json} (see the SOURCE.md beside
 * it).
 *
 * @param file the file's name
 * @param dataVersion the data version; imported rows name {@code file@dataVersion}
 * @param validFrom the first day the shipped versions apply
 * @param thresholds the risk thresholds
 * @param signs the signs, in the order they are shown
 */
record WarningSignSeed(String file, int dataVersion, LocalDate validFrom, Thresholds thresholds, List<Sign> signs) {

	static final String RESOURCE = "/data/knowledge/warning-signs.json";

	static WarningSignSeed load() {
		return read(RESOURCE, WarningSignSeed.class);
	}

	/** Reads one of the knowledge data files (unknown properties are an error). */
	static <T> T read(String resource, Class<T> type) {
		try (InputStream in = WarningSignSeed.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing data file " + resource);
			}
			return JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What imported rows record as their origin. */
	String importedFrom() {
		return this.file + "@" + this.dataVersion;
	}

	record Thresholds(int mediumFrom, int highFrom, String source) {
	}

	record Sign(String code, List<WarningSignContext> contexts, int weight, String titleId, String titleEn,
			String explanationId, String explanationEn, String source) {

		SignContent content(LocalDate validFrom) {
			return new SignContent(this.titleId, this.titleEn, this.explanationId, this.explanationEn, this.weight,
					this.contexts.contains(WarningSignContext.JOB_OFFER),
					this.contexts.contains(WarningSignContext.REPORT), validFrom, this.source);
		}

	}

}
