package id.desabinaan.earlywarning.queue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;

/**
 * Reading reports by program, signed in, with the same rules as the queue page: the list
 * of reports in reach with the queue's filters, and one report (404 outside reach), whose
 * every read is written to the access log; the reporter's contact only for those who may
 * see it. Bad filter values answer 400 naming the parameter.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Early-warning reports: the queue and one report (signed in)")
class ReportQueueApiController {

	/** Most reports per page. */
	static final int MAX_SIZE = 100;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportQueue queue;

	ReportQueueApiController(ReportQueue queue) {
		this.queue = queue;
	}

	@GetMapping
	@Operation(summary = "Reports the caller may read (open ones unless state is given or ALL), ordered by risk and "
			+ "overdue time by default; no report text or contact (read one report for those)")
	QueueResponse list(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "a state (RECEIVED, UNDER_VERIFICATION, VERIFIED, ESCALATED, REFERRED, CLOSED) "
					+ "or ALL; default: every state but CLOSED") @RequestParam(required = false) String state,
			@Parameter(description = "TRAFFICKING, SMUGGLING, NON_PROCEDURAL_DEPARTURE, RECRUITER, DOCUMENT_FRAUD, "
					+ "FOREIGNER or OTHER") @RequestParam(required = false) String category,
			@Parameter(description = "LOW, MEDIUM or HIGH") @RequestParam(required = false) String risk,
			@Parameter(description = "desa/kelurahan code, e.g. 33.07.06.2009") @RequestParam(
					required = false) String village,
			@Parameter(description = "account id of the assigned officer, or none") @RequestParam(
					required = false) String officer,
			@Parameter(description = "received at least this many days ago") @RequestParam(
					required = false) String minAgeDays,
			@Parameter(description = "received at most this many days ago") @RequestParam(
					required = false) String maxAgeDays,
			@Parameter(
					description = "search words over description, place and details (Indonesian stemming)") @RequestParam(
							required = false) String q,
			@Parameter(description = "RISK (default), OVERDUE, NEWEST, OLDEST or RELEVANCE (with q)") @RequestParam(
					required = false) String sort,
			@Parameter(description = "page number from 1") @RequestParam(required = false) String page,
			@Parameter(description = "reports per page, 1-100 (default 25)") @RequestParam(
					defaultValue = "25") String size) {
		ReportQueue.requireQueue(user);
		QueueParams.Parsed parsed = new QueueParams(state, category, risk, village, officer, minAgeDays, maxAgeDays, q,
				sort, page)
			.parse(QueueParams.Names.API);
		if (!parsed.problems().isEmpty()) {
			QueueParams.Problem problem = parsed.problems().get(0);
			throw new InvalidInputException(problem.field(), problem.messageCode(), problem.arguments());
		}
		int pageSize = size(size);
		QueuePage result = this.queue.page(user, parsed.filter(), parsed.page(), pageSize);
		return new QueueResponse(result.total(), result.page(), result.size(), result.pages(), result.searchCapped(),
				result.rows().stream().map(ReportSummary::of).toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One report (404 if it does not exist or lies outside the caller's reach); the read is "
			+ "written to the report's access log; contact only for those who may see it")
	ReportDetails one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		ReportQueue.Opened opened = this.queue.open(user, id, "API");
		return ReportDetails.of(opened);
	}

	private static int size(String value) {
		String digits = (value != null) ? value.strip() : "";
		if (digits.matches("\\d{1,3}")) {
			int size = Integer.parseInt(digits);
			if (size >= 1 && size <= MAX_SIZE) {
				return size;
			}
		}
		throw new InvalidInputException("size", "ewqueue.error.size", MAX_SIZE);
	}

	/**
	 * A page of the queue.
	 *
	 * @param total reports matching
	 * @param page this page, from 1
	 * @param size reports per page
	 * @param pages number of pages
	 * @param searchCapped whether the search found more matches than it hands on
	 * @param reports the reports of the page
	 */
	record QueueResponse(long total, int page, int size, int pages, boolean searchCapped, List<ReportSummary> reports) {
	}

	/**
	 * One report in the queue.
	 *
	 * @param id the report's number
	 * @param category what it is about
	 * @param channel how it came
	 * @param state where it stands
	 * @param riskLevel risk level
	 * @param riskScore risk score
	 * @param villageCode desa/kelurahan code
	 * @param villageName its name
	 * @param receivedOn day of receipt
	 * @param ageDays days since
	 * @param dueOn last day in its state (null without a clock)
	 * @param overdueDays working days past that day
	 * @param assignedTo officer's account id
	 * @param assignedName officer's name
	 * @param path the report's page
	 */
	record ReportSummary(long id, ReportCategory category, ReportChannel channel, ReportState state,
			WarningRiskLevel riskLevel, int riskScore, String villageCode, String villageName, LocalDate receivedOn,
			long ageDays, LocalDate dueOn, int overdueDays, Long assignedTo, String assignedName, String path) {

		static ReportSummary of(QueueRow row) {
			return new ReportSummary(row.id(), row.category(), row.channel(), row.state(), row.riskLevel(),
					row.riskScore(), row.villageCode(), row.villageName(), row.receivedOn(), row.ageDays(), row.dueOn(),
					row.overdueDays(), row.assignedTo(), row.assignedName(), "/app/laporan/" + row.id());
		}

	}

	/**
	 * The reporter's contact, as given.
	 *
	 * @param name name
	 * @param phone phone number
	 * @param email e-mail address
	 */
	record Contact(String name, String phone, String email) {
	}

	/**
	 * One answer of the warning-sign checklist.
	 *
	 * @param signCode the sign
	 * @param answer YES, NO or UNKNOWN
	 */
	record Indicator(String signCode, IndicatorAnswer answer) {
	}

	/**
	 * One report, as the caller may see it.
	 *
	 * @param id the report's number
	 * @param category what it is about
	 * @param channel how it came
	 * @param reporterKind who stands behind it
	 * @param onBehalf whether staff took it down for someone
	 * @param state where it stands
	 * @param stateEnteredOn since when
	 * @param closingReason why it was closed
	 * @param outcomeNote the outcome told to the reporter
	 * @param villageCode desa/kelurahan code
	 * @param villageName its name
	 * @param officeId the serving office
	 * @param placeText where, in words
	 * @param latitude pinned place (only when the reporter chose to pin it)
	 * @param longitude pinned place
	 * @param description what happened
	 * @param details the category's structured fields
	 * @param indicators the warning-sign checklist
	 * @param riskLevel risk level
	 * @param riskScore risk score
	 * @param receivedOn day of receipt
	 * @param assignedTo officer's account id
	 * @param assignedName officer's name
	 * @param mergedInto the report it was merged into
	 * @param dueOn last day in its state
	 * @param overdueDays working days past that day
	 * @param contactShown whether the caller may see the reporter's contact
	 * @param contact the reporter's contact (null when not shown or not given)
	 */
	record ReportDetails(long id, ReportCategory category, ReportChannel channel, ReporterKind reporterKind,
			boolean onBehalf, ReportState state, LocalDate stateEnteredOn, ClosingReason closingReason,
			String outcomeNote, String villageCode, String villageName, long officeId, String placeText,
			BigDecimal latitude, BigDecimal longitude, String description, Map<String, Object> details,
			List<Indicator> indicators, WarningRiskLevel riskLevel, int riskScore, LocalDate receivedOn,
			Long assignedTo, String assignedName, Long mergedInto, LocalDate dueOn, int overdueDays,
			boolean contactShown, Contact contact) {

		static ReportDetails of(ReportQueue.Opened opened) {
			Report report = opened.report();
			Contact contact = (opened.withContact() && report.hasContact())
					? new Contact(report.getContactName(), report.getContactPhone(), report.getContactEmail()) : null;
			return new ReportDetails(report.getId(), report.getCategory(), report.getChannel(),
					report.getReporterKind(), report.isOnBehalf(), report.getState(), report.getStateEnteredOn(),
					report.getClosingReason(), report.getOutcomeNote(), report.getVillageCode(), opened.villageName(),
					report.getOfficeId(), report.getPlaceText(), report.getLatitude(), report.getLongitude(),
					report.getDescription(), details(report.getDetailsJson()),
					report.getIndicators()
						.stream()
						.map((indicator) -> new Indicator(indicator.signCode(), indicator.answer()))
						.toList(),
					report.getRiskLevel(), report.getRiskScore(), report.getReceivedOn(), report.getAssignedTo(),
					opened.assignedName(), report.getMergedInto(), opened.dueOn(), opened.overdueDays(),
					opened.withContact(), contact);
		}

		private static Map<String, Object> details(String json) {
			Map<String, Object> details = new LinkedHashMap<>();
			if (json == null || json.isBlank()) {
				return details;
			}
			try {
				JsonNode node = JSON.readTree(json);
				node.properties()
					.forEach((entry) -> details.put(entry.getKey(), entry.getValue().isValueNode()
							? entry.getValue().asString() : JSON.convertValue(entry.getValue(), Object.class)));
			}
			catch (JacksonException ex) {
				details.put("text", json);
			}
			return details;
		}

	}

}
