package id.desabinaan.earlywarning.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportField;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportAccess;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.earlywarning.report.ReportConversation;
import id.desabinaan.earlywarning.report.ReportEntry;
import id.desabinaan.earlywarning.report.ReportIndicator;
import id.desabinaan.earlywarning.report.ReportMessage;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.ReportViews;
import id.desabinaan.knowledge.WarningSign;
import id.desabinaan.knowledge.WarningSigns;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;

/**
 * Builds the officer's report page: everything a handler needs on one page, the
 * reporter's contact only for those who may see it, and one access-log entry per view.
 */
@Service
public class TriagePages {

	/** Roles that never see single reports (they see figures in monitoring). */
	public static final Set<Role> NO_REPORTS = Set.of(Role.SYSTEM_ADMIN, Role.NATIONAL_VIEWER, Role.REGIONAL_VIEWER);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportAccess access;

	private final ReportViews views;

	private final ReportConversation conversation;

	private final ReportTrail trail;

	private final TriageService triage;

	private final OverdueReports overdue;

	private final AccountDirectory accounts;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	private final WarningSigns signs;

	private final ReportCalendar calendar;

	TriagePages(ReportAccess access, ReportViews views, ReportConversation conversation, ReportTrail trail,
			TriageService triage, OverdueReports overdue, AccountDirectory accounts, OfficeDirectory offices,
			RegionDirectory regions, WarningSigns signs, ReportCalendar calendar) {
		this.calendar = calendar;
		this.access = access;
		this.views = views;
		this.conversation = conversation;
		this.trail = trail;
		this.triage = triage;
		this.overdue = overdue;
		this.accounts = accounts;
		this.offices = offices;
		this.regions = regions;
		this.signs = signs;
	}

	/**
	 * The page of a report the user may read, logged in the access log (with or without
	 * the contact).
	 */
	@Transactional(readOnly = true)
	public ReportPage page(CurrentUser user, long reportId, Locale locale) {
		if (NO_REPORTS.contains(user.role())) {
			throw new org.springframework.security.access.AccessDeniedException("No reports for this role");
		}
		Report report = this.access.readable(user, reportId);
		boolean contact = this.access.maySeeContact(user, report) && report.hasContact();
		this.views.record(user, report, "PAGE", contact);
		boolean handle = TriageService.HANDLING_ROLES.contains(user.role()) && this.access.mayHandle(user, report);
		List<ReportMessage> messages = this.conversation.of(report);
		Set<Long> authorIds = new HashSet<>();
		messages.stream().map(ReportMessage::getAuthorId).filter(Objects::nonNull).forEach(authorIds::add);
		if (report.getAssignedTo() != null) {
			authorIds.add(report.getAssignedTo());
		}
		Map<Long, AccountSummary> people = this.accounts.findAll(authorIds)
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		List<AccountSummary> assignable = List.of();
		if (handle && TriageService.ASSIGNING_ROLES.contains(user.role())) {
			assignable = this.triage.assignable(report);
		}
		boolean take = handle && report.getAssignedTo() == null && report.getState().open()
				&& this.triage.assignable(report).stream().anyMatch((a) -> a.id() == user.accountId());
		List<ReportState> moves = handle ? report.getState()
			.next()
			.stream()
			.filter(TriageService.SIMPLE_MOVES::contains)
			.sorted(Comparator.naturalOrder())
			.toList() : List.of();
		boolean refer = handle
				&& (report.getState() == ReportState.REFERRED || report.getState().mayMoveTo(ReportState.REFERRED));
		return new ReportPage(report, villageName(report.getVillageCode()), officeName(report.getOfficeId()),
				details(report), indicators(report, locale), contact,
				messages.stream()
					.map((m) -> new ReportPage.Message(m.isFromReporter(),
							(m.getAuthorId() != null && people.containsKey(m.getAuthorId()))
									? people.get(m.getAuthorId()).displayName() : null,
							m.getSentOn(), m.getBody()))
					.toList(),
				this.triage.referralsOf(report.getId()), this.trail.of(report.getId()),
				(report.getAssignedTo() != null) ? people.get(report.getAssignedTo()) : null, assignable, handle, take,
				moves, refer, this.overdue.dueOn(report).orElse(null), this.overdue.overdueDays(report),
				this.overdue.escalationOf(report).map(Escalation::getEscalatedOn).orElse(null), user.accountId(),
				this.calendar.zone(report.getOfficeId()));
	}

	private String villageName(String code) {
		if (!RegionCode.isValid(code)) {
			return code;
		}
		return this.regions.find(RegionCode.of(code))
			.map((region) -> region.name() + (region.path().isEmpty() ? "" : ", " + String.join(", ", region.path())))
			.orElse(code);
	}

	private String officeName(long officeId) {
		return this.offices.find(officeId).map(OfficeSummary::name).orElse(Long.toString(officeId));
	}

	static List<ReportPage.Detail> details(Report report) {
		Map<String, String> values = new LinkedHashMap<>();
		try {
			JsonNode node = JSON.readTree(report.getDetailsJson());
			if (node != null && node.isObject()) {
				for (var entry : node.properties()) {
					JsonNode value = entry.getValue();
					String text = value.isArray()
							? String.join("\n", value.valueStream().map(JsonNode::asString).toList())
							: value.asString();
					if (text != null && !text.isBlank()) {
						values.put(entry.getKey(), text);
					}
				}
			}
		}
		catch (RuntimeException ex) {
			return List.of(new ReportPage.Detail("raw", report.getDetailsJson()));
		}
		List<ReportPage.Detail> details = new ArrayList<>();
		for (ReportField field : ReportField.values()) {
			String value = values.remove(field.key());
			if (value != null) {
				details.add(new ReportPage.Detail(field.key(), value));
			}
		}
		values.forEach((key, value) -> details.add(new ReportPage.Detail(key, value)));
		return details;
	}

	private List<ReportPage.Indicator> indicators(Report report, Locale locale) {
		return report.getIndicators()
			.stream()
			.map((ReportIndicator indicator) -> new ReportPage.Indicator(indicator.signCode(),
					this.signs.find(indicator.signCode(), report.getReceivedOn())
						.map((WarningSign sign) -> sign.title(locale))
						.orElse(indicator.signCode()),
					indicator.answer().name(), indicator.answer() == IndicatorAnswer.YES))
			.sorted(Comparator.comparing((ReportPage.Indicator i) -> !i.yes())
				.thenComparing(ReportPage.Indicator::code))
			.toList();
	}

}
