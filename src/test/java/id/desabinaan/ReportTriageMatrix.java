package id.desabinaan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.RoleScopeMatrixTests.Outcome;
import id.desabinaan.RoleScopeMatrixTests.Row;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.triage.PartnerKind;
import id.desabinaan.earlywarning.triage.Referral;
import id.desabinaan.earlywarning.triage.TriageFixtures;
import id.desabinaan.earlywarning.triage.TriageService;
import id.desabinaan.shared.CurrentUser;

import static id.desabinaan.RoleScopeMatrixTests.ADMIN;
import static id.desabinaan.RoleScopeMatrixTests.HEAD_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.HEAD_YOGYAKARTA;
import static id.desabinaan.RoleScopeMatrixTests.INTEL_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.KANWIL_JATENG;
import static id.desabinaan.RoleScopeMatrixTests.NATIONAL;
import static id.desabinaan.RoleScopeMatrixTests.PIMPASA_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.STAFF_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.get;
import static id.desabinaan.RoleScopeMatrixTests.post;
import static id.desabinaan.RoleScopeMatrixTests.postJson;

/**
 * Role x scope matrix rows of the early warning's report pages of triage: states,
 * assignment, messages, referrals, overdue list.
 *
 * <p>
 * {@code {triage-report:<label>}} is a fixture report received today from Pakuncen (Kanim
 * Wonosobo, mentored by pimpasa.wonosobo), made once per label through the core model;
 * {@code {triage-referred:<label>}} one that is verified and referred to the police, and
 * {@code {triage-referral:<label>}} that referral. Who may handle a report (heads and
 * analysts of its office, the PIMPASA of its village) sees it and gets field errors for
 * the empty or refused input posted here, so the fixtures never change; another Kanim's
 * head gets 404; office staff (neither submitter nor assignee) get 404 on the page and
 * 403 on changes, like village officials; viewers and the administrator get 403.
 */
class ReportTriageMatrix implements MatrixPart {

	private static final String REPORT = "{triage-report:matrix}";

	private static final String REFERRED = "{triage-referred:matrix}";

	private static final String REFERRAL = "{triage-referral:matrix}";

	private static final String[] HANDLERS = { HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO };

	private static final String[] NO_REPORTS = { ADMIN, NATIONAL, KANWIL_JATENG };

	private static final Map<String, Long> REPORTS = new ConcurrentHashMap<>();

	private static final Map<String, Long> REFERRALS = new ConcurrentHashMap<>();

	@Override
	public List<Row> rows() {
		return List.of(
				get("/app/laporan/" + REPORT).signedIn(Outcome.NOT_FOUND)
					.as(Outcome.OK, HANDLERS)
					.as(Outcome.FORBIDDEN, NO_REPORTS),
				get("/app/laporan/terlambat").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				change(post("/app/laporan/" + REPORT + "/status", Map.of("target", "VERIFIED", "reason", "langsung")),
						Outcome.FORM_ERROR),
				change(post("/app/laporan/" + REPORT + "/tutup", Map.of("closingReason", "", "outcomeNote", "")),
						Outcome.FORM_ERROR),
				change(post("/app/laporan/" + REPORT + "/tugaskan", Map.of("assignee", "")), Outcome.FORM_ERROR),
				change(post("/app/laporan/" + REPORT + "/pesan", Map.of("body", " ")), Outcome.FORM_ERROR),
				change(post("/app/laporan/" + REPORT + "/rujukan",
						Map.of("partnerKind", "", "partnerUnit", "", "summary", "")), Outcome.FORM_ERROR),
				change(post("/app/laporan/" + REFERRED + "/rujukan/" + REFERRAL + "/jawaban", Map.of("answer", "")),
						Outcome.FORM_ERROR),
				change(post("/app/laporan/" + REFERRED + "/rujukan/" + REFERRAL + "/hasil", Map.of("outcome", "")),
						Outcome.FORM_ERROR),
				change(postJson("/api/v1/reports/" + REPORT + "/state", "{\"target\":\"\"}"), Outcome.BAD_REQUEST),
				change(postJson("/api/v1/reports/" + REPORT + "/assignment", "{}"), Outcome.BAD_REQUEST),
				change(postJson("/api/v1/reports/" + REPORT + "/messages", "{\"body\":\"\"}"), Outcome.BAD_REQUEST),
				change(postJson("/api/v1/reports/" + REPORT + "/referrals", "{\"partnerKind\":\"\"}"),
						Outcome.BAD_REQUEST),
				change(postJson("/api/v1/reports/" + REFERRED + "/referrals/" + REFERRAL + "/answer",
						"{\"answer\":\"\"}"), Outcome.BAD_REQUEST),
				change(postJson("/api/v1/reports/" + REFERRED + "/referrals/" + REFERRAL + "/outcome",
						"{\"outcome\":\"\"}"), Outcome.BAD_REQUEST));
	}

	private static Row change(Row row, Outcome forHandlers) {
		return row.signedIn(Outcome.FORBIDDEN).as(forHandlers, HANDLERS).as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA);
	}

	@Override
	public String resolve(String kind, String argument, ApplicationContext context) {
		return switch (kind) {
			case "triage-report" -> Long.toString(REPORTS.computeIfAbsent(argument,
					(label) -> TriageFixtures.report(context, "matrix " + label).getId()));
			case "triage-referred" -> Long.toString(referred(argument, context));
			case "triage-referral" -> {
				referred(argument, context);
				yield Long.toString(REFERRALS.get(argument));
			}
			default -> null;
		};
	}

	private static synchronized long referred(String label, ApplicationContext context) {
		Long known = REPORTS.get("referred " + label);
		if (known != null) {
			return known;
		}
		Report report = TriageFixtures.report(context, "matrix referred " + label);
		TriageService triage = context.getBean(TriageService.class);
		CurrentUser intel = (CurrentUser) context.getBean(UserDetailsService.class)
			.loadUserByUsername("intel.wonosobo");
		triage.move(intel, report.getId(), ReportState.UNDER_VERIFICATION, "matriks", null);
		triage.move(intel, report.getId(), ReportState.VERIFIED, "matriks", null);
		Referral referral = triage.refer(intel, report.getId(), PartnerKind.POLICE_TPPO_UNIT, "Unit PPA matriks",
				"matriks", null);
		REFERRALS.put(label, referral.getId());
		REPORTS.put("referred " + label, report.getId());
		return report.getId();
	}

}
