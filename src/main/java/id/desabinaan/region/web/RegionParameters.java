package id.desabinaan.region.web;

import java.util.Locale;

import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;

/**
 * Reads request parameters shared by the region pages and the API, so both answer bad
 * input with the same 400 naming the field.
 */
final class RegionParameters {

	static final int MIN_QUERY_LENGTH = 2;

	private RegionParameters() {
	}

	/** The level named by {@code value} (any case), {@code null} when blank. */
	static RegionLevel level(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return RegionLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("level", "region.level.invalid", value);
		}
	}

	/** The trimmed query; at least {@value #MIN_QUERY_LENGTH} characters. */
	static String query(String value) {
		String query = value.strip();
		if (query.length() < MIN_QUERY_LENGTH) {
			throw new InvalidInputException("q", "region.search.tooShort", MIN_QUERY_LENGTH);
		}
		return query;
	}

	/** The region with this code: 400 when malformed, 404 when unknown. */
	static RegionSummary region(RegionDirectory regions, String code) {
		return regions.find(RegionCode.of(code)).orElseThrow(() -> new NotFoundException("region.notFound", code));
	}

}
