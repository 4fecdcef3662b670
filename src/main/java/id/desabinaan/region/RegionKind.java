package id.desabinaan.region;

/**
 * What kind of regency or village a region is. Provinces and districts have no kind.
 */
enum RegionKind {

	/** Kabupaten (regency): the name starts with "Kabupaten". */
	KABUPATEN,
	/** Kota (city): the name starts with "Kota". */
	KOTA,
	/**
	 * Desa (village): first digit of the fourth code part is 2, or 3 for the desa adat of
	 * Papua.
	 */
	DESA,
	/** Kelurahan (urban ward): first digit of the fourth code part is 1. */
	KELURAHAN;

	static RegionKind ofRegency(String name) {
		if (name.startsWith("Kabupaten ")) {
			return KABUPATEN;
		}
		if (name.startsWith("Kota ")) {
			return KOTA;
		}
		throw new IllegalArgumentException("Regency name starts with neither Kabupaten nor Kota: " + name);
	}

	static RegionKind ofVillage(String code) {
		char digit = code.charAt(code.lastIndexOf('.') + 1);
		return switch (digit) {
			case '1' -> KELURAHAN;
			case '2', '3' -> DESA;
			default -> throw new IllegalArgumentException("Village code is neither desa nor kelurahan: " + code);
		};
	}

	/**
	 * The regency name without its "Kabupaten "/"Kota " prefix ("Kabupaten Wonosobo" ->
	 * "Wonosobo"), for matching what people type.
	 */
	static String bareName(String name) {
		if (name.startsWith("Kabupaten ")) {
			return name.substring("Kabupaten ".length());
		}
		if (name.startsWith("Kota ")) {
			return name.substring("Kota ".length());
		}
		return name;
	}

}
