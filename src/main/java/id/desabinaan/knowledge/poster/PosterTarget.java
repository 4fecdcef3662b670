package id.desabinaan.knowledge.poster;

import id.desabinaan.office.OfficeContact;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.region.RegionSummary;

/**
 * Whom a ready poster is for: an office (its contact block is printed) and, when the
 * poster is made for one village, that village.
 *
 * @param office the serving immigration office
 * @param contact how the public reaches it
 * @param village the village, or {@code null} for a poster of the whole office
 */
public record PosterTarget(OfficeSummary office, OfficeContact contact, RegionSummary village) {

	/**
	 * The query that selects this target again ({@code kantor=...} or {@code desa=...}).
	 */
	public String query() {
		return (this.village != null) ? "desa=" + this.village.code() : "kantor=" + this.office.code();
	}

}
