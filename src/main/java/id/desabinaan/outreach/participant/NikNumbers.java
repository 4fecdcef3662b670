package id.desabinaan.outreach.participant;

import java.util.regex.Pattern;

/**
 * The structure of a NIK (Nomor Induk Kependudukan): 16 digits, the kecamatan code of
 * registration (6), the birth date as DDMMYY with 40 added to the day for women (6) and a
 * serial number (4). Checks shape only; whether the number exists only Dukcapil knows.
 */
final class NikNumbers {

	private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");

	private NikNumbers() {
	}

	static boolean isWellFormed(String nik) {
		if (nik == null || !SIXTEEN_DIGITS.matcher(nik).matches()) {
			return false;
		}
		int province = Integer.parseInt(nik.substring(0, 2));
		int day = Integer.parseInt(nik.substring(6, 8));
		int month = Integer.parseInt(nik.substring(8, 10));
		int serial = Integer.parseInt(nik.substring(12, 16));
		boolean dayValid = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
		return province >= 11 && province <= 99 && dayValid && month >= 1 && month <= 12 && serial > 0;
	}

	/** Whether a well-formed NIK belongs to a woman (day of birth plus 40). */
	static boolean isFemale(String nik) {
		return Integer.parseInt(nik.substring(6, 8)) > 40;
	}

}
