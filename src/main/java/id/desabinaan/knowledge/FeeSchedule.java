package id.desabinaan.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The passport tariff (PP 45/2024 and its successors) as dated, edited data: what applies
 * on a date and what has been announced for later.
 */
public interface FeeSchedule {

	/** The fees that apply on this date, in tariff order. */
	List<PassportFee> feesOn(LocalDate date);

	/** The fee of one component on this date, if one applies. */
	Optional<PassportFee> feeOn(FeeComponent component, LocalDate date);

	/**
	 * Versions that start after this date (announced changes), ordered by start date.
	 */
	List<PassportFee> announcedAfter(LocalDate date);

}
