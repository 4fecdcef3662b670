package id.desabinaan.knowledge.wizard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

import id.desabinaan.knowledge.PassportAdvice;
import id.desabinaan.knowledge.PassportGuide;
import id.desabinaan.knowledge.PassportQuestions;
import id.desabinaan.knowledge.RequiredDocument;
import id.desabinaan.knowledge.RequirementKind;
import id.desabinaan.knowledge.VisaArrangement;
import id.desabinaan.knowledge.VisaFacilitation;
import id.desabinaan.knowledge.regulation.web.ApiDates;
import id.desabinaan.knowledge.regulation.web.FeeResponse;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;

/**
 * The requirements wizard as JSON ({@code GET /api/v1/requirements}), the same answer as
 * {@code /paspor/syarat}, for other channels (SMS, WhatsApp, a mobile app).
 */
@RestController
@Tag(name = "Passport requirements", description = "Documents, steps and fees of a passport application")
class RequirementsApiController {

	private final PassportGuide guide;

	private final OfficeDirectory offices;

	private final MessageSource messages;

	RequirementsApiController(PassportGuide guide, OfficeDirectory offices, MessageSource messages) {
		this.guide = guide;
		this.offices = offices;
		this.messages = messages;
	}

	/**
	 * The answer to a set of questions.
	 *
	 * @param date the day the data is valid on
	 * @param questions the answers used (defaults filled in)
	 * @param documents documents to bring
	 * @param steps steps to take or expect
	 * @param fees each fee
	 * @param total sum of the fees, whole Rupiah
	 * @param anyOffice the application may be made at any immigration office
	 * @param servingOffice the office serving {@code region}, if asked and known
	 * @param visaFacilitations visa facilitations valid on the date
	 * @param announcedFees later versions of these fees
	 * @param link the wizard page with the same answers
	 */
	record RequirementsResponse(LocalDate date, Questions questions, List<Requirement> documents,
			List<Requirement> steps, List<FeeResponse> fees, long total, boolean anyOffice, Office servingOffice,
			List<Visa> visaFacilitations, List<FeeResponse> announcedFees, String link) {
	}

	record Questions(String type, boolean under17, boolean married, boolean electronic, int validity, boolean sameDay,
			boolean child) {

		static Questions of(PassportQuestions q) {
			return new Questions(q.type().name(), q.under17(), q.married(), q.electronic(), q.validity().years(),
					q.sameDay(), q.child());
		}

	}

	record Requirement(String code, RequirementKind kind, String text) {

		static List<Requirement> of(List<RequiredDocument> documents, Locale locale) {
			return documents.stream().map((d) -> new Requirement(d.code(), d.kind(), d.text(locale))).toList();
		}

	}

	record Office(String code, String name) {
	}

	record Visa(String countryCode, String country, VisaArrangement arrangement, boolean electronicPassportOnly,
			Integer maxStayDays, String note) {

		static List<Visa> of(List<VisaFacilitation> visas, Locale locale) {
			return visas.stream()
				.map((v) -> new Visa(v.countryCode(), v.countryName(locale), v.arrangement(),
						v.electronicPassportOnly(), v.maxStayDays(), v.note(locale)))
				.toList();
		}

	}

	@GetMapping("/api/v1/requirements")
	@Operation(summary = "Documents, steps and fees for a passport application",
			description = "The same answer as the wizard /paspor/syarat. A child is under 17 and never married; "
					+ "a child's passport is valid at most 5 years (validity=10 is refused naming `validity`). "
					+ "Texts follow the request's language (`?lang=en` or Accept-Language).")
	@ApiResponse(responseCode = "200", description = "The requirements and fees")
	@ApiResponse(responseCode = "400",
			description = "A parameter is missing or not one of its values; `errors[0].field` names it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	RequirementsResponse requirements(
			@Parameter(description = "FIRST, REPLACEMENT (expired or full), LOST or DAMAGED",
					required = true) @RequestParam(required = false) String type,
			@Parameter(description = "true if the applicant is under 17; default false") @RequestParam(
					required = false) String under17,
			@Parameter(description = "true if the applicant is or has been married; default false") @RequestParam(
					required = false) String married,
			@Parameter(description = "true for an electronic passport; default false") @RequestParam(
					required = false) String electronic,
			@Parameter(description = "5 or 10 (years); default 5") @RequestParam(required = false) String validity,
			@Parameter(description = "true for the same-day service; default false") @RequestParam(
					required = false) String sameDay,
			@Parameter(description = "Day in ISO format (YYYY-MM-DD); default today (WIB)") @RequestParam(
					required = false) String date,
			@Parameter(description = "Region code of a kabupaten/kota, kecamatan or village, for the serving office",
					example = "33.07.06.2009") @RequestParam(required = false) String region,
			Locale locale) {
		PassportAnswers answers = PassportAnswers.read(type, under17, married, electronic, validity, sameDay, true);
		if (!answers.valid()) {
			PassportAnswers.Problem problem = answers.problems().get(0);
			throw new InvalidInputException(problem.field(), problem.code(), String.valueOf(problem.value()));
		}
		LocalDate day = ApiDates.orToday(date, this.guide.today());
		Office office = servingOffice(region).map((o) -> new Office(o.code(), o.name())).orElse(null);
		PassportAdvice advice = this.guide.advise(answers.questions(), day);
		return new RequirementsResponse(day, Questions.of(advice.questions()),
				Requirement.of(advice.documents(), locale), Requirement.of(advice.steps(), locale),
				FeeResponse.of(advice.fees(), this.messages, locale), advice.total(), advice.anyOffice(), office,
				Visa.of(advice.visaFacilitations(), locale),
				FeeResponse.of(advice.announcedFees(), this.messages, locale),
				WizardController.PATH + "?" + advice.questions().query());
	}

	private Optional<OfficeSummary> servingOffice(String region) {
		if (region == null || region.isBlank()) {
			return Optional.empty();
		}
		if (!RegionCode.isValid(region.strip()) || RegionCode.of(region.strip()).depth() < 2) {
			throw new InvalidInputException("region", "knowledge.api.error.region", region);
		}
		return this.offices.servingOffice(RegionCode.of(region.strip()));
	}

}
