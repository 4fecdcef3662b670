package id.desabinaan.knowledge.regulation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.knowledge.regulation.RegulatedReads;

/** Public read API of the passport fees. */
@RestController
@Tag(name = "Passport fees", description = "Passport fees (PP 45/2024 and later versions) as valid on a date")
class FeeApiController {

	private final RegulatedReads data;

	private final MessageSource messages;

	FeeApiController(RegulatedReads data, MessageSource messages) {
		this.data = data;
		this.messages = messages;
	}

	/**
	 * The fees on a date and the versions announced after it.
	 *
	 * @param date the day asked for
	 * @param fees the fees that apply on that day, in tariff order
	 * @param announced versions that start after that day, by start
	 */
	record FeesResponse(LocalDate date, List<FeeResponse> fees, List<FeeResponse> announced) {
	}

	@GetMapping("/api/v1/fees")
	@Operation(summary = "Passport fees valid on a date",
			description = "Each fee component with its amount in whole Rupiah, its validity and source; "
					+ "`announced` lists versions that start later. Names follow the request's language "
					+ "(`?lang=en` or Accept-Language).")
	@ApiResponse(responseCode = "200", description = "The fees")
	@ApiResponse(responseCode = "400", description = "`date` is not a date (the problem names the field)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	FeesResponse fees(@Parameter(description = "Day in ISO format (YYYY-MM-DD); default today (WIB)",
			example = "2025-01-01") @RequestParam(required = false) String date, Locale locale) {
		LocalDate day = ApiDates.orToday(date, this.data.today());
		return new FeesResponse(day, FeeResponse.of(this.data.feesOn(day), this.messages, locale),
				FeeResponse.of(this.data.announcedAfter(day), this.messages, locale));
	}

}
