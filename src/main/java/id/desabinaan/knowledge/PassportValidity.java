package id.desabinaan.knowledge;

import java.util.Optional;

/** How long a new passport is valid. Ten years only from age 17 or when married. */
public enum PassportValidity {

	/** At most 5 years. */
	FIVE_YEARS(5),
	/** At most 10 years. */
	TEN_YEARS(10);

	private final int years;

	PassportValidity(int years) {
		this.years = years;
	}

	public int years() {
		return this.years;
	}

	/**
	 * The validity for a number of years as written in a link ({@code 5} or {@code 10}).
	 */
	public static Optional<PassportValidity> ofYears(String years) {
		for (PassportValidity validity : values()) {
			if (Integer.toString(validity.years).equals(years)) {
				return Optional.of(validity);
			}
		}
		return Optional.empty();
	}

}
