package id.desabinaan.earlywarning.triage;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.desabinaan.earlywarning.ClosingReason;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportMessage;
import id.desabinaan.shared.CurrentUser;

/**
 * Triage through the JSON API, with the same rules as the report page: signed in (session
 * and CSRF token, like the other session APIs), the report within the user's reach (404
 * otherwise) and his to handle (403). Bad input answers 400 with a ProblemDetail naming
 * the field; a move the state model refuses, or a change against an older version,
 * answers 409.
 */
@RestController
@RequestMapping("/api/v1/reports/{id}")
@Tag(name = "Report triage",
		description = "State moves, assignment, messages to the reporter and referrals of " + "early-warning reports")
class ReportTriageApiController {

	private final TriageService triage;

	private final MessageSource messages;

	ReportTriageApiController(TriageService triage, MessageSource messages) {
		this.triage = triage;
		this.messages = messages;
	}

	@PostMapping("/state")
	@Operation(summary = "Moves the report: UNDER_VERIFICATION, VERIFIED or ESCALATED with a reason, or CLOSED with "
			+ "a closingReason and the plain-language outcomeNote the reporter sees (REFERRED: use /referrals)")
	StateResponse state(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "the report's id") @PathVariable long id, @RequestBody StateRequest request) {
		this.triage.handleable(user, id);
		ReportState target = TriageInput.choice(ReportState.class, "target", request.target());
		Report report;
		if (target == ReportState.CLOSED) {
			report = this.triage.close(user, id,
					TriageInput.choice(ClosingReason.class, "closingReason", request.closingReason()),
					request.outcomeNote(), request.version());
		}
		else {
			report = this.triage.move(user, id, target, request.reason(), request.version());
		}
		return StateResponse.of(report);
	}

	@PostMapping("/assignment")
	@Operation(summary = "Assigns the report to an officer (PIMPASA, staff or analyst) of its office: heads and "
			+ "analysts assign anyone, a PIMPASA may take an unassigned report himself")
	StateResponse assignment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody AssignmentRequest request) {
		this.triage.handleable(user, id);
		return StateResponse.of(this.triage.assign(user, id, request.assigneeId(), request.version()));
	}

	@PostMapping("/messages")
	@Operation(summary = "Sends the reporter a question or note; he reads it on the receipt page")
	ResponseEntity<MessageResponse> message(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody MessageRequest request) {
		this.triage.handleable(user, id);
		ReportMessage message = this.triage.message(user, id, request.body());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new MessageResponse(message.getId(), message.getSentOn(), message.getBody()));
	}

	@PostMapping("/referrals")
	@Operation(summary = "Refers a verified, escalated or referred report to a partner agency (partnerKind "
			+ "POLICE_TPPO_UNIT, DISNAKER_LTSA, BP3MI, SOCIAL_SERVICES, TIMPORA or IMMIGRATION_OFFICE, with the "
			+ "unit's name) with a summary of what was sent")
	ResponseEntity<ReferralResponse> refer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReferralRequest request) {
		this.triage.handleable(user, id);
		Referral referral = this.triage.refer(user, id,
				TriageInput.choice(PartnerKind.class, "partnerKind", request.partnerKind()), request.partnerUnit(),
				request.summary(), request.version());
		return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/referrals/" + referral.getId()))
			.body(ReferralResponse.of(referral));
	}

	@PostMapping("/referrals/{rid}/answer")
	@Operation(summary = "Records the partner's answer: ACCEPTED, or DECLINED with a reason")
	ReferralResponse answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Parameter(description = "the referral's id") @PathVariable long rid, @RequestBody AnswerRequest request) {
		this.triage.handleable(user, id);
		return ReferralResponse.of(this.triage.answer(user, id, rid,
				TriageInput.choice(PartnerAnswer.class, "answer", request.answer()), request.reason()));
	}

	@PostMapping("/referrals/{rid}/outcome")
	@Operation(summary = "Records what came of a referral the partner accepted")
	ReferralResponse outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long rid,
			@RequestBody OutcomeRequest request) {
		this.triage.handleable(user, id);
		return ReferralResponse.of(this.triage.outcome(user, id, rid, request.outcome()));
	}

	/** Another officer changed the report between reading and writing: 409, not 500. */
	@ExceptionHandler
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		String text = this.messages.getMessage("ewtriage.conflict", null, "ewtriage.conflict",
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text);
		problem.setProperty("errors", List.of(Map.of("field", "version", "message", text)));
		return problem;
	}

	/**
	 * A state move.
	 *
	 * @param target UNDER_VERIFICATION, VERIFIED, ESCALATED or CLOSED
	 * @param reason why (required for every move but CLOSED)
	 * @param closingReason for CLOSED: UNFOUNDED, DUPLICATE, RESOLVED_BY_OUTREACH,
	 * HANDED_TO_POLICE, DEPARTURE_PREVENTED, PASSPORT_POSTPONED or OTHER
	 * @param outcomeNote for CLOSED: the plain-language outcome the reporter reads
	 * @param version the report's version the client saw (optional; refused with 409 if
	 * it changed)
	 */
	record StateRequest(String target, String reason, String closingReason, String outcomeNote, Long version) {
	}

	/**
	 * @param assigneeId the officer's account id
	 * @param version the report's version the client saw (optional)
	 */
	record AssignmentRequest(Long assigneeId, Long version) {
	}

	/**
	 * @param body the message, at most 2000 characters
	 */
	record MessageRequest(String body) {
	}

	/**
	 * @param partnerKind the kind of partner agency
	 * @param partnerUnit the unit's name, e.g. "Unit PPA Polres Wonosobo"
	 * @param summary what was sent
	 * @param version the report's version the client saw (optional)
	 */
	record ReferralRequest(String partnerKind, String partnerUnit, String summary, Long version) {
	}

	/**
	 * @param answer ACCEPTED or DECLINED
	 * @param reason why (required when DECLINED)
	 */
	record AnswerRequest(String answer, String reason) {
	}

	/**
	 * @param outcome what came of the referral
	 */
	record OutcomeRequest(String outcome) {
	}

	/** Where the report stands after a change. */
	record StateResponse(long id, String state, LocalDate stateEnteredOn, String closingReason, String outcomeNote,
			Long assignedTo, long version) {

		static StateResponse of(Report report) {
			return new StateResponse(report.getId(), report.getState().name(), report.getStateEnteredOn(),
					(report.getClosingReason() != null) ? report.getClosingReason().name() : null,
					report.getOutcomeNote(), report.getAssignedTo(), report.getVersion());
		}

	}

	/** A message sent to the reporter. */
	record MessageResponse(long id, LocalDate sentOn, String body) {
	}

	/** A referral with the partner's answer and outcome so far. */
	record ReferralResponse(long id, String partnerKind, String partnerUnit, String summary, LocalDate sentOn,
			String sentBy, String answer, String answerReason, LocalDate answeredOn, String outcome,
			LocalDate outcomeOn) {

		static ReferralResponse of(Referral referral) {
			return new ReferralResponse(referral.getId(), referral.getPartnerKind().name(), referral.getPartnerUnit(),
					referral.getSummary(), referral.getSentOn(), referral.getSentBy(),
					(referral.getAnswer() != null) ? referral.getAnswer().name() : null, referral.getAnswerReason(),
					referral.getAnsweredOn(), referral.getOutcome(), referral.getOutcomeOn());
		}

	}

}
