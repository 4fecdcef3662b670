package id.desabinaan.office;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;

/**
 * The office hierarchy and working areas for other modules (accounts and scopes,
 * villages).
 */
public interface OfficeDirectory {

	Optional<OfficeSummary> find(long officeId);

	/**
	 * The office with this stable code (e.g. {@code KANIM-WONOSOBO}), active or retired.
	 */
	Optional<OfficeSummary> findByCode(String code);

	/** How the public reaches this office (address, phone, e-mail). */
	Optional<OfficeContact> contact(long officeId);

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

	/**
	 * Whether an account with this scope may see the office: national sees all, a Kanwil
	 * its offices, a Kanim itself and its sub-offices, a village its serving Kanim.
	 */
	boolean covers(Scope scope, long officeId);

	/**
	 * Whether an account with this scope covers the region (a village or a
	 * kabupaten/kota): national all, a Kanwil the working areas of its Kanim, a Kanim its
	 * working area, a village only itself.
	 */
	boolean covers(Scope scope, RegionCode code);

}
