package id.desabinaan.account;

import java.util.List;

import id.desabinaan.shared.Role;

/**
 * One demo account per role (and a second office head for scope checks), with passwords
 * that are published in the README. They exist only in the demo profile;
 * {@link DemoPasswordGuard} refuses to start elsewhere while one of them still has its
 * published password.
 */
final class DemoAccounts {

	/**
	 * A demo account.
	 *
	 * @param username sign-in name
	 * @param displayName shown name
	 * @param role role
	 * @param officeCode the office of a regional or office scope, otherwise {@code null}
	 * @param villageCode the village of a village scope, otherwise {@code null}
	 * @param password the published demo password
	 */
	record Demo(String username, String displayName, Role role, String officeCode, String villageCode,
			String password) {
	}

	static final List<Demo> ALL = List.of(
			new Demo("admin", "Administrator Sistem", Role.SYSTEM_ADMIN, null, null, "Admin#Desa2026"),
			new Demo("nasional", "Pemantau Nasional", Role.NATIONAL_VIEWER, null, null, "Nasional#Desa2026"),
			new Demo("kanwil.jateng", "Pemantau Kanwil Jawa Tengah", Role.REGIONAL_VIEWER, "KANWIL-JATENG", null,
					"Kanwil#Jateng2026"),
			new Demo("kepala.wonosobo", "Kepala Kantor Imigrasi Wonosobo", Role.OFFICE_HEAD, "KANIM-WONOSOBO", null,
					"Kepala#Wonosobo2026"),
			new Demo("intel.wonosobo", "Inteldakim Wonosobo", Role.INTEL_ANALYST, "KANIM-WONOSOBO", null,
					"Intel#Wonosobo2026"),
			new Demo("pimpasa.wonosobo", "PIMPASA Wonosobo", Role.PIMPASA, "KANIM-WONOSOBO", null,
					"Pimpasa#Wonosobo2026"),
			new Demo("staf.wonosobo", "Staf Kanim Wonosobo", Role.OFFICE_STAFF, "KANIM-WONOSOBO", null,
					"Staf#Wonosobo2026"),
			new Demo("desa.pakuncen", "Perangkat Desa Pakuncen", Role.VILLAGE_OFFICIAL, null, "33.07.06.2009",
					"Desa#Pakuncen2026"),
			new Demo("kepala.yogyakarta", "Kepala Kantor Imigrasi Yogyakarta", Role.OFFICE_HEAD, "KANIM-YOGYAKARTA",
					null, "Kepala#Yogyakarta2026"));

	private DemoAccounts() {
	}

}
