package id.desabinaan.knowledge.regulation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.PassportFee;

/**
 * One fee in the API.
 *
 * @param component stable code of the tariff line
 * @param name the line's name in the request's language
 * @param amount whole Rupiah
 * @param validFrom first day of this amount
 * @param validUntil last day, {@code null} while open
 * @param source the regulation
 */
public record FeeResponse(FeeComponent component, String name, long amount, LocalDate validFrom, LocalDate validUntil,
		String source) {

	public static FeeResponse of(PassportFee fee, MessageSource messages, Locale locale) {
		return new FeeResponse(fee.component(), messages.getMessage("knowledge.fee." + fee.component(), null, locale),
				fee.amount(), fee.validFrom(), fee.validUntil(), fee.source());
	}

	public static List<FeeResponse> of(List<PassportFee> fees, MessageSource messages, Locale locale) {
		return fees.stream().map((fee) -> of(fee, messages, locale)).toList();
	}

}
