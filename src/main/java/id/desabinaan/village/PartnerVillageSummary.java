package id.desabinaan.village;

import id.desabinaan.shared.RegionCode;

/**
 * A partner village as other modules see it: one designation of one desa/kelurahan.
 *
 * @param id the designation's internal identifier (stable for the designation's life)
 * @param code the desa/kelurahan code
 * @param name the village's name
 * @param fullName the name with its kecamatan, kabupaten/kota and province
 * @param officeId the serving Kanim that designated it
 * @param status where the designation stands
 */
public record PartnerVillageSummary(long id, RegionCode code, String name, String fullName, long officeId,
		Status status) {

	/** Where a designation stands, as other modules need to know it. */
	public enum Status {

		/** Proposed, not yet designated by decree. */
		PROPOSED,

		/** Designated and active: the programme runs here. */
		DESIGNATED,

		/** Designated but suspended for a while. */
		SUSPENDED,

		/** Ended: history only. */
		ENDED

	}

	/**
	 * Whether the programme currently runs in this village (designated, not suspended).
	 */
	public boolean active() {
		return this.status == Status.DESIGNATED;
	}

}
