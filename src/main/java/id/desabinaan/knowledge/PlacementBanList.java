package id.desabinaan.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * Placement-ban destinations and jobs as dated, edited data (the country list is
 * disputed, so it is kept editable rather than fixed).
 */
public interface PlacementBanList {

	/** The bans that apply on this date, by country name. */
	List<PlacementBan> bansOn(LocalDate date);

	/**
	 * The bans that apply on this date to one country (ISO alpha-2, any case), any job.
	 */
	List<PlacementBan> forCountry(String countryCode, LocalDate date);

}
