package id.desabinaan;

import static id.desabinaan.RoleScopeMatrixTests.ADMIN;
import static id.desabinaan.RoleScopeMatrixTests.HEAD_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.HEAD_YOGYAKARTA;
import static id.desabinaan.RoleScopeMatrixTests.INTEL_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.KANWIL_JATENG;
import static id.desabinaan.RoleScopeMatrixTests.NATIONAL;
import static id.desabinaan.RoleScopeMatrixTests.PIMPASA_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.STAFF_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.VILLAGE_PAKUNCEN;
import static id.desabinaan.RoleScopeMatrixTests.get;
import static id.desabinaan.RoleScopeMatrixTests.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.RoleScopeMatrixTests.Outcome;
import id.desabinaan.RoleScopeMatrixTests.Row;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;

/**
 * Role x scope matrix rows of the early warning's the report queue, search, access log,
 * trail check, weekly returns, silent villages.
 *
 * <p>
 * Reports are read by those who make or handle them: viewers and the system administrator
 * are refused the queue (403), not shown an empty one. The fixture report
 * ({@code {ewq-report:pakuncen}}) is made once by desa.pakuncen in Pakuncen, Kanim
 * Wonosobo, assigned to nobody: the village official (his own), pimpasa.wonosobo (he
 * mentors Pakuncen), the Wonosobo analyst and head read it; staf.wonosobo (neither his
 * nor assigned to him) and the Yogyakarta head get 404.
 */
class ReportQueueMatrix implements MatrixPart {

	static final String FIXTURE_KEY = "ewqueue-matrix-pakuncen";

	static final String[] READERS = { HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO, STAFF_WONOSOBO, VILLAGE_PAKUNCEN,
			HEAD_YOGYAKARTA };

	static final String[] NO_REPORTS = { ADMIN, NATIONAL, KANWIL_JATENG };

	static final String REPORT = "{ewq-report:pakuncen}";

	@Override
	public List<Row> rows() {
		return List.of(
				// the queue, its search and its filters (a bad filter value: a field
				// message)
				get("/app/laporan").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, NO_REPORTS),
				get("/app/laporan?q=perekrutan&urut=RELEVANCE").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, NO_REPORTS),
				get("/app/laporan?umurMin=tiga").signedIn(Outcome.FORM_ERROR).as(Outcome.FORBIDDEN, NO_REPORTS),
				// the read API
				get("/api/v1/reports").signedIn(Outcome.OK).as(Outcome.FORBIDDEN, NO_REPORTS),
				get("/api/v1/reports?risk=EXTREME").signedIn(Outcome.BAD_REQUEST).as(Outcome.FORBIDDEN, NO_REPORTS),
				get("/api/v1/reports/" + REPORT).signedIn(Outcome.OK)
					.as(Outcome.NOT_FOUND, STAFF_WONOSOBO, HEAD_YOGYAKARTA)
					.as(Outcome.FORBIDDEN, NO_REPORTS),
				// the access log: the office's analysts and head
				get("/app/laporan/" + REPORT + "/akses").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO)
					.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
				// one trail: staff who may read the report; every trail: heads and admin
				get("/app/laporan/" + REPORT + "/jejak").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO)
					.as(Outcome.NOT_FOUND, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				get("/app/laporan/jejak").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, ADMIN, HEAD_WONOSOBO, HEAD_YOGYAKARTA),
				// weekly return: village officials; a week outside the window is refused
				get("/app/laporan/mingguan").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, VILLAGE_PAKUNCEN),
				get("/app/laporan/mingguan?minggu=2020-W01").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, VILLAGE_PAKUNCEN),
				post("/app/laporan/mingguan", Map.of("week", "2020-W01", "answer", "NONE")).signedIn(Outcome.FORBIDDEN)
					.as(Outcome.FORM_ERROR, VILLAGE_PAKUNCEN),
				// silent villages: the office's officers
				get("/app/laporan/desa-senyap").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO, STAFF_WONOSOBO, HEAD_YOGYAKARTA));
	}

	@Override
	public String resolve(String kind, String argument, ApplicationContext context) {
		if (!"ewq-report".equals(kind) || !"pakuncen".equals(argument)) {
			return null;
		}
		Reports reports = context.getBean(Reports.class);
		return Long.toString(
				reports.findBySubmissionKey(FIXTURE_KEY).map(Report::getId).orElseGet(() -> create(context, reports)));
	}

	private static long create(ApplicationContext context, Reports reports) {
		CurrentUser official = (CurrentUser) context.getBean(UserDetailsService.class)
			.loadUserByUsername(VILLAGE_PAKUNCEN);
		long office = context.getBean(OfficeDirectory.class).findByCode("KANIM-WONOSOBO").orElseThrow().id();
		ReportTrail trail = context.getBean(ReportTrail.class);
		return context.getBean(TransactionTemplate.class).execute((status) -> {
			Report report = new Report("EWQMATRIXPAKUNCEN0001", ReportCategory.RECRUITER, ReportChannel.WEB,
					ReporterKind.VILLAGE_OFFICIAL, false, "33.07.06.2009", office,
					"Matriks: perekrut menawarkan kerja ke luar negeri", "{}", LocalDate.now(), null, "id");
			report.submittedBy(official.accountId());
			report.submissionKey(FIXTURE_KEY);
			Report saved = reports.saveAndFlush(report);
			trail.append(saved, "RECEIVED", null, ReportState.RECEIVED, VILLAGE_PAKUNCEN, null, null, LocalDate.now(),
					null);
			return saved.getId();
		});
	}

}
