package id.desabinaan.earlywarning.intake.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportIntake;
import id.desabinaan.earlywarning.ReportReceipt;
import id.desabinaan.earlywarning.ReportSubmission;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.shared.InvalidInputException;

/**
 * The public report API: anyone, without an account, sends a report as a resident
 * (anonymous unless contact details are given with consent). A signed-in caller is not
 * recorded as its reporter. Same rules as the public form; a resend with the same
 * {@code Idempotency-Key} and content makes no second report.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Early-warning reports")
class ReportIntakeApiController {

	private final ReportIntake intake;

	ReportIntakeApiController(ReportIntake intake) {
		this.intake = intake;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send an early-warning report without an account (anonymous unless a contact with consent "
			+ "is given). Answers 201 with the receipt code, the only key to the status page /lapor/status?kode=. "
			+ "Bad input is a 400 naming the field; too many requests a 429.")
	ReceiptResponse submit(@RequestBody(required = false) ReportRequest request, @Parameter(
			description = "optional key of this submission (up to 60 characters): a resend with the same key and "
					+ "content returns the same receipt code") @RequestHeader(name = "Idempotency-Key",
							required = false) String idempotencyKey) {
		if (request == null) {
			throw new InvalidInputException("category", "ewintake.error.category.required");
		}
		if (idempotencyKey != null && idempotencyKey.strip().length() > 60) {
			throw new InvalidInputException("Idempotency-Key", "ewintake.error.submissionKey.tooLong", 60);
		}
		ReportCategory category = category(request.category());
		Map<String, IndicatorAnswer> indicators = new LinkedHashMap<>();
		if (request.indicators() != null) {
			request.indicators().forEach((code, answer) -> indicators.put(code, answer(code, answer)));
		}
		ContactRequest contact = request.contact();
		ReportReceipt receipt = this.intake.submit(new ReportSubmission(category, ReportChannel.API,
				ReporterKind.ANONYMOUS, request.villageCode(), request.place(), request.latitude(), request.longitude(),
				request.description(), request.details(), indicators,
				(contact != null) ? new ReportSubmission.Contact(contact.name(), contact.phone(), contact.email(),
						Boolean.TRUE.equals(contact.consent())) : null,
				request.language(), (idempotencyKey != null) ? "api-" + idempotencyKey.strip() : null, false, null,
				null, null));
		return new ReceiptResponse(receipt.receiptCode());
	}

	private static ReportCategory category(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("category", "ewintake.error.category.required");
		}
		try {
			return ReportCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("category", "ewintake.error.category.unknown", value);
		}
	}

	private static IndicatorAnswer answer(String code, String value) {
		try {
			return IndicatorAnswer.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("indicators." + code, "ewintake.error.indicator.answer", code);
		}
	}

	/**
	 * A report.
	 *
	 * @param category TRAFFICKING, SMUGGLING, NON_PROCEDURAL_DEPARTURE, RECRUITER,
	 * DOCUMENT_FRAUD, FOREIGNER or OTHER
	 * @param villageCode desa/kelurahan code, e.g. 33.07.06.2009
	 * @param description what happened
	 * @param place optional free text about the place
	 * @param latitude optional pin (only if the reporter chooses to give one)
	 * @param longitude optional pin
	 * @param details the category's structured fields (e.g. personNames, phoneNumbers,
	 * nationality), list fields one value per line
	 * @param indicators warning-sign code -> YES, NO or UNKNOWN
	 * @param contact optional contact, needs consent
	 * @param language id or en
	 */
	record ReportRequest(String category, String villageCode, String description, String place, BigDecimal latitude,
			BigDecimal longitude, Map<String, String> details, Map<String, String> indicators, ContactRequest contact,
			String language) {
	}

	/**
	 * Contact details the reporter chooses to give.
	 *
	 * @param name name
	 * @param phone phone or WhatsApp number
	 * @param email e-mail
	 * @param consent must be true: the reporter agrees to be contacted
	 */
	record ContactRequest(String name, String phone, String email, Boolean consent) {
	}

	/**
	 * The receipt.
	 *
	 * @param receiptCode the receipt code (20 characters): keep it, it opens the status
	 * page
	 */
	record ReceiptResponse(String receiptCode) {
	}

}
