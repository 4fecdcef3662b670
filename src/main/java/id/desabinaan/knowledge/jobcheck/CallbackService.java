package id.desabinaan.knowledge.jobcheck;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.WarningSign;
import id.desabinaan.knowledge.WarningSignAssessment;
import id.desabinaan.knowledge.WarningSigns;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.shared.ScopeLevel;

/**
 * Call-back requests from the job-offer check. A resident asks without an account and
 * with his consent; only what he agreed to share is stored. The staff of the serving
 * office (accounts scoped to that Kanim) see their office's requests; every view and
 * every call marked done is written to the audit log. Name and phone are erased when the
 * call is marked done, and requests are deleted after the retention period
 * ({@code desabinaan.jobcheck.callback-retention}, 90 days).
 */
@Service
public class CallbackService {

	static final String AUDIT_VIEWED = "JOBCHECK_CALLBACKS_VIEWED";

	static final String AUDIT_DONE = "JOBCHECK_CALLBACK_DONE";

	/** +62, 62 or 0, then 7 to 13 digits, the first not a zero. */
	private static final Pattern PHONE = Pattern.compile("(?:\\+62|62|0)([1-9]\\d{6,12})");

	private static final int MAX_NAME = 100;

	private final CallbackRequests requests;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	private final JobOfferCheck check;

	private final WarningSigns signs;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration retention;

	CallbackService(CallbackRequests requests, OfficeDirectory offices, RegionDirectory regions, JobOfferCheck check,
			WarningSigns signs, AuditLog audit, Clock clock,
			@Value("${desabinaan.jobcheck.callback-retention:P90D}") Duration retention) {
		this.requests = requests;
		this.offices = offices;
		this.regions = regions;
		this.check = check;
		this.signs = signs;
		this.audit = audit;
		this.clock = clock;
		this.retention = retention;
	}

	/**
	 * What the resident filled in on the call-back form.
	 *
	 * @param villageCode his village (decides the serving office)
	 * @param name his name, optional
	 * @param phone his phone number
	 * @param consent whether he ticked the consent box
	 * @param shareAnswers whether he agrees to share his answers
	 * @param shareResult whether he agrees to share the result
	 * @param answers his answers to the check (stored only when he shares them; the
	 * result is computed again from them, never taken from the browser)
	 */
	public record CallbackDraft(String villageCode, String name, String phone, boolean consent, boolean shareAnswers,
			boolean shareResult, JobOfferAnswers answers) {
	}

	/** Stores the request; answers its identifier. */
	@Transactional
	public long request(CallbackDraft draft) {
		if (!draft.consent()) {
			throw new InvalidInputException("consent", "jobcheck.callback.consent.required");
		}
		String phone = normalizedPhone(draft.phone());
		String name = (draft.name() == null || draft.name().isBlank()) ? null : draft.name().strip();
		if (name != null && name.length() > MAX_NAME) {
			throw new InvalidInputException("name", "jobcheck.field.tooLong", MAX_NAME);
		}
		RegionSummary village = village(draft.villageCode());
		OfficeSummary office = this.offices.servingOffice(RegionCode.of(village.code()))
			.orElseThrow(() -> new RuleViolationException("village", "jobcheck.callback.noOffice", village.fullName()));
		CallbackRequest request = new CallbackRequest(office.id(), village.code(), name, phone, this.clock.instant());
		JobOfferAnswers answers = Objects.requireNonNullElse(draft.answers(), JobOfferAnswers.none());
		if (draft.shareAnswers()) {
			request.shareAnswers(JobOfferQuery.toQuery(answers));
		}
		if (draft.shareResult()) {
			WarningSignAssessment assessment = this.check.check(answers).assessment();
			request.shareResult(assessment.level(),
					assessment.signs().stream().map(WarningSign::code).collect(Collectors.joining(",")));
		}
		return this.requests.save(request).getId();
	}

	/** The requests of the user's own office, waiting ones first; the view is audited. */
	@Transactional(readOnly = true)
	public List<CallbackView> forOffice(CurrentUser user) {
		long officeId = requireOfficeStaff(user);
		ZoneId zone = zone(officeId);
		List<CallbackView> views = this.requests.findForOffice(officeId)
			.stream()
			.sorted(Comparator.comparing(CallbackRequest::getStatus))
			.map((request) -> view(request, zone))
			.toList();
		this.audit.record(user.getUsername(), AUDIT_VIEWED, "office:" + officeId, Outcome.SUCCESS, officeId,
				"requests=" + views.size());
		return views;
	}

	/**
	 * Marks a request of the user's office as called back, erasing name and phone. A
	 * request of another office is not found.
	 */
	@Transactional
	public void markDone(CurrentUser user, long id) {
		long officeId = requireOfficeStaff(user);
		CallbackRequest request = this.requests.findById(id)
			.filter((found) -> found.getOfficeId() == officeId)
			.orElseThrow(() -> new NotFoundException("jobcheck.callback.notFound", id));
		request.done(user.getUsername(), this.clock.instant());
		this.requests.save(request);
		this.audit.record(user.getUsername(), AUDIT_DONE, "callback:" + id, Outcome.SUCCESS, officeId, null);
	}

	/** Whether the user sees call-back requests (staff scoped to one Kanim). */
	public boolean maySee(CurrentUser user) {
		return user != null && user.scope().level() == ScopeLevel.OFFICE && user.role().isStaff();
	}

	/** Deletes requests older than the retention period, every night. */
	@Scheduled(cron = "${desabinaan.jobcheck.callback-purge-cron:0 30 2 * * *}")
	@Transactional
	public int purgeExpired() {
		return this.requests.deleteCreatedBefore(this.clock.instant().minus(this.retention));
	}

	/** {@code +62} and the digits, or an error on the phone field. */
	static String normalizedPhone(String input) {
		String digits = (input != null) ? input.replaceAll("[\\s().-]", "") : "";
		if (digits.isEmpty()) {
			throw new InvalidInputException("phone", "jobcheck.callback.phone.required");
		}
		var matcher = PHONE.matcher(digits);
		if (!matcher.matches()) {
			throw new InvalidInputException("phone", "jobcheck.callback.phone.invalid");
		}
		return "+62" + matcher.group(1);
	}

	private RegionSummary village(String code) {
		if (code == null || !RegionCode.isValid(code)) {
			throw new InvalidInputException("village", "jobcheck.callback.village.required");
		}
		return this.regions.find(RegionCode.of(code))
			.filter((region) -> region.level() == RegionLevel.VILLAGE)
			.orElseThrow(() -> new InvalidInputException("village", "jobcheck.callback.village.required"));
	}

	private long requireOfficeStaff(CurrentUser user) {
		if (!maySee(user)) {
			throw new AccessDeniedException("Call-back requests are for the staff of the serving office");
		}
		return user.scope().officeId();
	}

	private ZoneId zone(long officeId) {
		return this.offices.find(officeId)
			.map((office) -> ZoneId.of(office.timeZone()))
			.orElse(JobOfferCheck.NATIONAL_ZONE);
	}

	private CallbackView view(CallbackRequest request, ZoneId zone) {
		String village = this.regions.find(RegionCode.of(request.getVillageCode()))
			.map(RegionSummary::fullName)
			.orElse(request.getVillageCode());
		List<WarningSign> found = (request.getSignCodes() == null || request.getSignCodes().isBlank()) ? List.of()
				: Arrays.stream(request.getSignCodes().split(","))
					.flatMap((code) -> this.signs.find(code, this.check.today()).stream())
					.toList();
		JobOfferAnswers answers = request.isSharesAnswers() ? JobOfferQuery.fromQuery(request.getAnswers()) : null;
		JobCheckReference.Destination destination = (answers != null)
				? this.check.reference().destination(answers.destination()).orElse(null) : null;
		return new CallbackView(request.getId(), at(request.getCreatedAt(), zone), village, request.getName(),
				request.getPhone(), request.getStatus(), answers, destination, request.getRiskLevel(), found,
				at(request.getDoneAt(), zone), request.getDoneBy());
	}

	private static ZonedDateTime at(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone) : null;
	}

}
