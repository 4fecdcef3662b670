package id.desabinaan.shared;

import java.util.regex.Pattern;

/**
 * A Kemendagri region code: {@code PP} (province), {@code PP.KK} (kabupaten/kota),
 * {@code PP.KK.CC} (kecamatan) or {@code PP.KK.CC.DDDD} (desa/kelurahan).
 *
 * @param value the dotted code
 */
public record RegionCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

	public RegionCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new InvalidInputException("code", "region.code.invalid", String.valueOf(value));
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/**
	 * Number of dotted parts: 1 province, 2 kabupaten/kota, 3 kecamatan, 4
	 * desa/kelurahan.
	 */
	public int depth() {
		return this.value.split("\\.").length;
	}

	/** The kabupaten/kota part ({@code PP.KK}) of a code at depth 2 or more. */
	public RegionCode regency() {
		if (depth() < 2) {
			throw new InvalidInputException("code", "region.code.notRegencyOrBelow", this.value);
		}
		return new RegionCode(this.value.substring(0, 5));
	}

	/** The parent code, or {@code null} for a province. */
	public RegionCode parent() {
		int cut = this.value.lastIndexOf('.');
		return (cut < 0) ? null : new RegionCode(this.value.substring(0, cut));
	}

	/** Whether this code equals {@code ancestor} or lies below it. */
	public boolean isWithin(RegionCode ancestor) {
		return this.value.equals(ancestor.value) || this.value.startsWith(ancestor.value + ".");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
