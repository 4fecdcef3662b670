package id.desabinaan.region;

import java.util.List;

/**
 * A region as other modules and the API see it.
 *
 * @param code the Kemendagri code, e.g. {@code 33.07.06.2009}
 * @param name the official name, e.g. {@code Pakuncen}
 * @param level the administrative level
 * @param kind {@code KABUPATEN} or {@code KOTA} for regencies, {@code DESA} or
 * {@code KELURAHAN} for villages, {@code null} for provinces and districts
 * @param path the names of its ancestors, nearest first (Selomerto, Wonosobo, Jawa
 * Tengah)
 */
public record RegionSummary(String code, String name, RegionLevel level, String kind, List<String> path) {

	/** Name with its ancestors, e.g. "Pakuncen, Selomerto, Wonosobo, Jawa Tengah". */
	public String fullName() {
		return path.isEmpty() ? name : name + ", " + String.join(", ", path);
	}

}
