package id.desabinaan.knowledge;

import java.time.LocalDate;

/**
 * One fee as valid on a date (or announced for a later date).
 *
 * @param component the tariff line
 * @param amount whole Rupiah
 * @param validFrom first day this amount applies
 * @param validUntil last day it applies, {@code null} while no end is known (a later
 * version replaces it from its own start)
 * @param source the regulation it comes from
 */
public record PassportFee(FeeComponent component, long amount, LocalDate validFrom, LocalDate validUntil,
		String source) {
}
