package id.desabinaan.earlywarning.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportField;
import id.desabinaan.earlywarning.ReportIntake;
import id.desabinaan.earlywarning.ReportReceipt;
import id.desabinaan.earlywarning.ReportReceived;
import id.desabinaan.earlywarning.ReportSubmission;
import id.desabinaan.earlywarning.ReportSubmission.Contact;
import id.desabinaan.earlywarning.ReportSubmission.Upload;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.intake.AttachmentInspector.StoredFile;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;

/**
 * The intake of reports ({@link ReportIntake}): checks, scores, stores and publishes in
 * one transaction and returns after it commits. Nothing here logs: a log line carries a
 * moment, which an anonymous report must not leave behind.
 */
@Service
class IntakeService implements ReportIntake {

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_PLACE = 300;

	static final int MAX_DETAIL = 1000;

	static final int MAX_DETAILS_JSON = 8000;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,20}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Reports reports;

	private final ReportAttachments attachments;

	private final ReportTrail trail;

	private final ReportCalendar calendar;

	private final RiskScoring risk;

	private final AttachmentInspector inspector;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	IntakeService(Reports reports, ReportAttachments attachments, ReportTrail trail, ReportCalendar calendar,
			RiskScoring risk, AttachmentInspector inspector, OfficeDirectory offices, RegionDirectory regions,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.reports = reports;
		this.attachments = attachments;
		this.trail = trail;
		this.calendar = calendar;
		this.risk = risk;
		this.inspector = inspector;
		this.offices = offices;
		this.regions = regions;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public ReportReceipt submit(ReportSubmission submission) {
		ReportSubmission checked = checkSender(submission);
		String key = submissionKey(checked.submissionKey());
		if (key != null) {
			Optional<ReportReceipt> earlier = earlier(key, checked);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		Checked valid = check(checked);
		List<StoredFile> files = files(checked);
		try {
			return this.transactions.execute((status) -> store(checked, valid, key, files));
		}
		catch (DataIntegrityViolationException ex) {
			// the same form sent twice at once: the first one stored it
			if (key != null) {
				Optional<ReportReceipt> earlier = earlier(key, checked);
				if (earlier.isPresent()) {
					return earlier.get();
				}
			}
			throw ex;
		}
	}

	/** Whether the account may report at all (the page and API check this first). */
	static boolean mayReport(CurrentUser user) {
		return user != null && user.hasRole(Role.VILLAGE_OFFICIAL, Role.PIMPASA, Role.OFFICE_STAFF, Role.INTEL_ANALYST,
				Role.OFFICE_HEAD);
	}

	/**
	 * Role and scope: residents report without an account (a signed-in caller of the
	 * public form is not recorded); village officials only for their own village; office
	 * staff for the villages of their office's working area.
	 */
	private ReportSubmission checkSender(ReportSubmission submission) {
		ReporterKind kind = Objects.requireNonNull(submission.reporterKind(), "reporterKind");
		CurrentUser user = submission.submittedBy();
		if (kind.protectedReporter()) {
			ReporterKind actual = (submission.contact() == null || submission.contact().isEmpty())
					? ReporterKind.ANONYMOUS : ReporterKind.RESIDENT;
			return with(submission, actual, null, false);
		}
		if (!mayReport(user)) {
			throw new AccessDeniedException("This account may not take down reports");
		}
		if (user.role() == Role.VILLAGE_OFFICIAL) {
			return with(new ReportSubmission(submission.category(), submission.channel(), ReporterKind.VILLAGE_OFFICIAL,
					user.scope().villageCode(), submission.placeText(), submission.latitude(), submission.longitude(),
					submission.description(), submission.details(), submission.indicators(), submission.contact(),
					submission.language(), submission.submissionKey(), false, user, submission.attachments(),
					submission.keptAttachments()), ReporterKind.VILLAGE_OFFICIAL, user, false);
		}
		String village = submission.villageCode();
		if (village != null && RegionCode.isValid(village.strip())
				&& !this.offices.covers(user.scope(), RegionCode.of(village.strip()))) {
			throw new InvalidInputException("villageCode", "ewintake.error.village.outOfScope");
		}
		return with(submission, ReporterKind.STAFF, user, submission.onBehalf());
	}

	private static ReportSubmission with(ReportSubmission s, ReporterKind kind, CurrentUser user, boolean onBehalf) {
		return new ReportSubmission(s.category(), s.channel(), kind, s.villageCode(), s.placeText(), s.latitude(),
				s.longitude(), s.description(), s.details(), s.indicators(), s.contact(), s.language(),
				s.submissionKey(), onBehalf, user, s.attachments(), s.keptAttachments());
	}

	/** What passed the checks. */
	record Checked(String villageCode, long officeId, String description, String placeText, String detailsJson,
			Map<String, IndicatorAnswer> indicators, Contact contact, String language) {
	}

	Checked check(ReportSubmission s) {
		if (s.category() == null) {
			throw new InvalidInputException("category", "ewintake.error.category.required");
		}
		if (s.channel() == null) {
			throw new InvalidInputException("channel", "ewintake.error.channel.required");
		}
		String village = (s.villageCode() != null) ? s.villageCode().strip() : "";
		if (!RegionCode.isValid(village) || RegionCode.of(village).depth() != 4
				|| this.regions.find(RegionCode.of(village)).isEmpty()) {
			throw new InvalidInputException("villageCode", "ewintake.error.village.required");
		}
		long officeId = this.offices.servingOffice(RegionCode.of(village))
			.map(OfficeSummary::id)
			.orElseThrow(() -> new InvalidInputException("villageCode", "ewintake.error.village.noOffice"));
		String description = text(s.description());
		if (description == null) {
			throw new InvalidInputException("description", "ewintake.error.description.required");
		}
		if (description.length() > MAX_DESCRIPTION) {
			throw new InvalidInputException("description", "ewintake.error.tooLong", MAX_DESCRIPTION);
		}
		String place = text(s.placeText());
		if (place != null && place.length() > MAX_PLACE) {
			throw new InvalidInputException("placeText", "ewintake.error.tooLong", MAX_PLACE);
		}
		checkPin(s.latitude(), s.longitude());
		String details = details(s.category(), s.details());
		Map<String, IndicatorAnswer> indicators = this.risk.checkAnswers(s.indicators(), this.calendar.today(officeId));
		Contact contact = contact(s.contact());
		if (s.attachments().size() + s.keptAttachments().size() > this.inspector.limits().maxFiles()) {
			throw new InvalidInputException(AttachmentInspector.FIELD, "ewintake.attachment.tooMany",
					this.inspector.limits().maxFiles());
		}
		String language = "en".equals(s.language()) ? "en" : "id";
		return new Checked(village, officeId, description, place, details, indicators, contact, language);
	}

	private static void checkPin(BigDecimal latitude, BigDecimal longitude) {
		if ((latitude == null) != (longitude == null)) {
			throw new InvalidInputException("latitude", "earlywarning.pin.incomplete");
		}
		if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			throw new InvalidInputException("latitude", "ewintake.error.pin.range");
		}
	}

	/** The category's fields as a JSON object of strings; other keys are refused. */
	static String details(ReportCategory category, Map<String, String> details) {
		Map<String, String> kept = new LinkedHashMap<>();
		Set<String> allowed = new LinkedHashSet<>();
		for (ReportField field : ReportField.of(category)) {
			allowed.add(field.key());
			String value = text(details.get(field.key()));
			if (value == null) {
				continue;
			}
			String name = "details." + field.key();
			if (value.length() > MAX_DETAIL) {
				throw new InvalidInputException(name, "ewintake.error.tooLong", MAX_DETAIL);
			}
			switch (field.kind()) {
				case NUMBER -> {
					if (!value.matches("\\d{1,6}")) {
						throw new InvalidInputException(name, "ewintake.error.number");
					}
				}
				case DATE -> {
					try {
						LocalDate.parse(value);
					}
					catch (DateTimeParseException ex) {
						throw new InvalidInputException(name, "ewintake.error.date");
					}
				}
				default -> {
				}
			}
			kept.put(field.key(), value);
		}
		for (Map.Entry<String, String> entry : details.entrySet()) {
			if (!allowed.contains(entry.getKey()) && text(entry.getValue()) != null) {
				throw new InvalidInputException("details", "ewintake.error.details.unknown", entry.getKey());
			}
		}
		String json = JSON.writeValueAsString(kept);
		if (json.length() > MAX_DETAILS_JSON) {
			throw new InvalidInputException("details", "ewintake.error.tooLong", MAX_DETAILS_JSON);
		}
		return json;
	}

	private static Contact contact(Contact contact) {
		if (contact == null || contact.isEmpty()) {
			return null;
		}
		String name = text(contact.name());
		String phone = text(contact.phone());
		String email = text(contact.email());
		if (name != null && name.length() > 120) {
			throw new InvalidInputException("contactName", "ewintake.error.tooLong", 120);
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidInputException("contactPhone", "ewintake.error.phone");
		}
		if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
			throw new InvalidInputException("contactEmail", "ewintake.error.email");
		}
		if (!contact.consent()) {
			throw new InvalidInputException("contactConsent", "ewintake.error.consent");
		}
		return new Contact(name, phone, email, true);
	}

	private List<StoredFile> files(ReportSubmission s) {
		List<StoredFile> files = new ArrayList<>();
		for (String key : s.keptAttachments()) {
			files.add(this.inspector.stored(key)
				.orElseThrow(() -> new InvalidInputException(AttachmentInspector.FIELD, "ewintake.attachment.lost")));
		}
		for (Upload upload : s.attachments()) {
			files.add(this.inspector.accept(upload));
		}
		return files.stream().distinct().toList();
	}

	private ReportReceipt store(ReportSubmission s, Checked valid, String key, List<StoredFile> files) {
		boolean protectedReporter = s.reporterKind().protectedReporter();
		LocalDate on = this.calendar.today(valid.officeId());
		Instant at = protectedReporter ? null : this.clock.instant();
		Report report = new Report(uniqueCode(), s.category(), s.channel(), s.reporterKind(), s.onBehalf(),
				valid.villageCode(), valid.officeId(), valid.description(), valid.detailsJson(), on, at,
				valid.language());
		report.placeAt(valid.placeText(), s.latitude(), s.longitude());
		if (valid.contact() != null) {
			report.contact(valid.contact().name(), valid.contact().phone(), valid.contact().email());
		}
		if (s.submittedBy() != null) {
			report.submittedBy(s.submittedBy().accountId());
			report.touch(s.submittedBy().getUsername(), at);
		}
		report.submissionKey(key);
		RiskScoring.Score score = this.risk.score(valid.indicators(), on);
		valid.indicators().forEach((code, answer) -> report.answer(code, answer, score.versions().get(code)));
		report.scoreRisk(score.total(), score.level());
		Report saved = this.reports.saveAndFlush(report);
		List<String> digests = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			StoredFile file = files.get(i);
			this.attachments
				.save(new ReportAttachment(saved.getId(), i + 1, file.key(), file.contentType(), file.size()));
			digests.add(file.key());
		}
		String actor = (s.submittedBy() != null) ? s.submittedBy().getUsername() : ReportTrail.REPORTER;
		String detail = "channel=" + s.channel() + "; reporter=" + s.reporterKind() + (s.onBehalf() ? "; onBehalf" : "")
				+ "; risk=" + score.total() + "/" + score.level()
				+ (digests.isEmpty() ? "" : "; attachments=" + String.join(",", digests));
		this.trail.append(saved, "RECEIVED", null, saved.getState(), actor, null, detail, on, at);
		this.events.publishEvent(new ReportReceived(saved.getId()));
		return new ReportReceipt(saved.getId(), saved.getReceiptCode(), digests);
	}

	private String uniqueCode() {
		String code = ReceiptCodes.next();
		while (this.reports.findByReceiptCode(code).isPresent()) {
			code = ReceiptCodes.next();
		}
		return code;
	}

	/**
	 * The receipt of a report stored earlier with this key, if the content is the same; a
	 * key reused for other content is refused (it never reveals the other report).
	 */
	private Optional<ReportReceipt> earlier(String key, ReportSubmission s) {
		return this.transactions.execute((status) -> this.reports.findBySubmissionKey(key).map((report) -> {
			if (report.getCategory() != s.category() || !Objects.equals(report.getVillageCode(), strip(s.villageCode()))
					|| !Objects.equals(report.getDescription(), text(s.description()))) {
				throw new InvalidInputException("submissionKey", "ewintake.error.submissionKey.reused");
			}
			List<String> digests = this.attachments.findByReportIdOrderByPositionAsc(report.getId())
				.stream()
				.map(ReportAttachment::getFileKey)
				.toList();
			return new ReportReceipt(report.getId(), report.getReceiptCode(), digests);
		}));
	}

	private static String submissionKey(String key) {
		String value = text(key);
		if (value == null) {
			return null;
		}
		if (value.length() > 64) {
			throw new InvalidInputException("submissionKey", "ewintake.error.submissionKey.tooLong", 64);
		}
		return value;
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : null;
	}

	/** Stripped text, {@code null} when blank. */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** Parses a category name, refusing unknown ones on the given field. */
	static ReportCategory category(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "ewintake.error.category.required");
		}
		try {
			return ReportCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "ewintake.error.category.unknown", value);
		}
	}

}
