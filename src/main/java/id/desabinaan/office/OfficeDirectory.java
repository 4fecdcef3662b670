package id.desabinaan.office;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.desabinaan.shared.RegionCode;

/**
 * The office hierarchy and working areas for other modules (accounts and scopes,
 * villages).
 */
public interface OfficeDirectory {

	Optional<OfficeSummary> find(long officeId);

	/**
	 * The Kanim (level OFFICE) whose working area contains the kabupaten/kota of this
	 * region code (a village, kecamatan or kabupaten/kota code).
	 */
	Optional<OfficeSummary> servingOffice(RegionCode code);

	/** The office itself and every office below it (Kanwil: its Kanim and their UKK). */
	Set<Long> selfAndDescendants(long officeId);

	/** Whether {@code officeId} is {@code ancestorId} or lies below it. */
	boolean isWithin(long officeId, long ancestorId);

	/**
	 * The kabupaten/kota codes ({@code PP.KK}) of a Kanim's working area; empty for other
	 * levels.
	 */
	Set<String> workingArea(long officeId);

	/** Active offices, ordered by level then name. */
	List<OfficeSummary> all();

}
