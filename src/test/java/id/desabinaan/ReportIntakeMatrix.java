package id.desabinaan;

import static id.desabinaan.RoleScopeMatrixTests.HEAD_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.HEAD_YOGYAKARTA;
import static id.desabinaan.RoleScopeMatrixTests.INTEL_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.PIMPASA_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.STAFF_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.VILLAGE_PAKUNCEN;
import static id.desabinaan.RoleScopeMatrixTests.get;
import static id.desabinaan.RoleScopeMatrixTests.post;
import static id.desabinaan.RoleScopeMatrixTests.postJson;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import id.desabinaan.RoleScopeMatrixTests.Outcome;
import id.desabinaan.RoleScopeMatrixTests.Row;
import id.desabinaan.earlywarning.intake.ReportAttachments;
import id.desabinaan.earlywarning.report.Reports;

/**
 * Role x scope matrix rows of the early warning's the public report form, receipts and
 * the report API (intake). Placeholders: {@code {ewintake-report:<submission key>}} is
 * the id of a demo report, {@code {ewintake-attachment:<submission key>}} the SHA-256 of
 * its first attachment.
 */
class ReportIntakeMatrix implements MatrixPart {

	private static final String[] REPORTERS = { VILLAGE_PAKUNCEN, PIMPASA_WONOSOBO, STAFF_WONOSOBO, INTEL_WONOSOBO,
			HEAD_WONOSOBO, HEAD_YOGYAKARTA };

	private static final String FOREIGNER = "demo-foreigner-pakuncen";

	@Override
	public List<Row> rows() {
		return List.of(
				// public pages: everyone, signed in or not
				get("/lapor").everyone(Outcome.OK), get("/lapor?kategori=RECRUITER").everyone(Outcome.OK),
				get("/lapor?kategori=FOREIGNER").everyone(Outcome.OK), get("/lapor/status").everyone(Outcome.OK),
				get("/lapor/status?kode=ABCDEFGHJKMNPQRSTUVW").everyone(Outcome.OK),
				get("/lapor/tanda-terima?kode=ABCDEFGHJKMNPQRSTUVW").everyone(Outcome.OK),
				// the public form and the reply refuse what was entered (nothing stored)
				post("/lapor", Map.of("category", "RECRUITER", "villageQuery", "33.07.06.2009", "description", ""))
					.everyone(Outcome.FORM_ERROR),
				post("/lapor/status/balas", Map.of("kode", "ABCDEFGHJKMNPQRSTUVW", "body", "Halo"))
					.everyone(Outcome.FORM_ERROR),
				// the public API: anyone, refused for an empty description
				postJson("/api/v1/reports",
						"{\"category\":\"RECRUITER\",\"villageCode\":\"33.07.06.2009\",\"description\":\"\"}")
					.everyone(Outcome.BAD_REQUEST),
				// the staff form: those who make reports, not viewers and administrators
				get("/app/laporan/baru").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, REPORTERS),
				get("/app/laporan/baru?kategori=FOREIGNER").signedIn(Outcome.FORBIDDEN).as(Outcome.OK, REPORTERS),
				post("/app/laporan/baru",
						Map.of("category", "RECRUITER", "villageQuery", "33.07.06.2009", "description", ""))
					.signedIn(Outcome.FORBIDDEN)
					.as(Outcome.FORM_ERROR, REPORTERS),
				// the receipt of a report taken down: who may read it (the village
				// official's
				// own report)
				get("/app/laporan/baru/{ewintake-report:" + FOREIGNER + "}/diterima").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, VILLAGE_PAKUNCEN, PIMPASA_WONOSOBO, INTEL_WONOSOBO, HEAD_WONOSOBO)
					.as(Outcome.NOT_FOUND, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				// an attachment, by the report's access rules (404 outside them)
				get("/app/laporan/{ewintake-report:" + FOREIGNER + "}/lampiran/{ewintake-attachment:" + FOREIGNER + "}")
					.signedIn(Outcome.NOT_FOUND)
					.as(Outcome.OK, VILLAGE_PAKUNCEN, PIMPASA_WONOSOBO, INTEL_WONOSOBO, HEAD_WONOSOBO));
	}

	@Override
	public String resolve(String kind, String argument, ApplicationContext context) {
		if (kind.equals("ewintake-report")) {
			return Long.toString(context.getBean(Reports.class).findBySubmissionKey(argument).orElseThrow().getId());
		}
		if (kind.equals("ewintake-attachment")) {
			long id = context.getBean(Reports.class).findBySubmissionKey(argument).orElseThrow().getId();
			return context.getBean(ReportAttachments.class).findByReportIdOrderByPositionAsc(id).get(0).getFileKey();
		}
		return null;
	}

}
