package id.desabinaan.village.web;

import java.time.LocalDate;

import id.desabinaan.village.internal.DesignationView;

/**
 * A partner village as the public API shows it.
 *
 * @param regionCode the desa/kelurahan code
 * @param name the village's name
 * @param fullName the name with its kecamatan, kabupaten/kota and province
 * @param officeCode the designating Kanim's code
 * @param officeName the designating Kanim's name
 * @param state DESIGNATED or SUSPENDED
 * @param decreeNumber SK number of the designation
 * @param decreeDate SK date
 */
record VillageResponse(String regionCode, String name, String fullName, String officeCode, String officeName,
		String state, String decreeNumber, LocalDate decreeDate) {

	static VillageResponse of(DesignationView view) {
		return new VillageResponse(view.villageCode(), view.villageName(), view.villageFullName(), view.officeCode(),
				view.officeName(), view.state().name(), view.decreeNumber(), view.decreeDate());
	}

}
