package id.desabinaan;

import static id.desabinaan.RoleScopeMatrixTests.HEAD_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.HEAD_YOGYAKARTA;
import static id.desabinaan.RoleScopeMatrixTests.INTEL_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.PIMPASA_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.STAFF_WONOSOBO;
import static id.desabinaan.RoleScopeMatrixTests.get;
import static id.desabinaan.RoleScopeMatrixTests.post;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContext;

import id.desabinaan.RoleScopeMatrixTests.Outcome;
import id.desabinaan.RoleScopeMatrixTests.Row;
import id.desabinaan.earlywarning.subject.ReportSubjectLinks;
import id.desabinaan.earlywarning.subject.Subject;
import id.desabinaan.earlywarning.subject.SubjectFixtures;

/**
 * Role x scope matrix rows of the early warning's subjects named in reports and proposed
 * duplicates. Subjects are for office staff, PIMPASA, analysts and heads (403 for the
 * others), scoped by the reports each may read (404 outside); duplicates are seen by
 * PIMPASA, analysts and heads, and decided by the office's analysts and head.
 *
 * <p>
 * Placeholders (fixtures of Kanim Wonosobo made through the core model):
 * {@code {subject:three-villages}} a phone named in Pakuncen, Kaligowong and Kecis (all
 * mentored by pimpasa.wonosobo); {@code {subject:kaliputih}} a phone named only in
 * Kaliputih (mentored by nobody); {@code {subject-report:...}} a report naming that
 * subject; {@code {duplicate:fresh}} a new proposed pair for each request (so each
 * allowed merge or rejection has its own); {@code {duplicate:shared}} one pair that is
 * never decided (its rows post input refused with a field error).
 */
class ReportSubjectMatrix implements MatrixPart {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	@Override
	public List<Row> rows() {
		return List.of(
				// a subject named in three mentored villages
				get("/app/subjek/{subject:three-villages}").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO)
					.as(Outcome.NOT_FOUND, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				get("/api/v1/subjects/{subject:three-villages}").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO)
					.as(Outcome.NOT_FOUND, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				get("/app/laporan/{subject-report:three-villages}/subjek").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO)
					.as(Outcome.NOT_FOUND, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				get("/api/v1/reports/{subject-report:three-villages}/subjects").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO)
					.as(Outcome.NOT_FOUND, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				// a subject named only in a village no PIMPASA mentors
				get("/app/subjek/{subject:kaliputih}").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO)
					.as(Outcome.NOT_FOUND, PIMPASA_WONOSOBO, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				get("/api/v1/subjects/{subject:kaliputih}").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO)
					.as(Outcome.NOT_FOUND, PIMPASA_WONOSOBO, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				get("/app/laporan/{subject-report:kaliputih}/subjek").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO)
					.as(Outcome.NOT_FOUND, PIMPASA_WONOSOBO, STAFF_WONOSOBO, HEAD_YOGYAKARTA),
				// no such subject or report
				get("/app/subjek/0").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.NOT_FOUND, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO, STAFF_WONOSOBO,
							HEAD_YOGYAKARTA),
				get("/api/v1/reports/0/subjects").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.NOT_FOUND, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO, STAFF_WONOSOBO,
							HEAD_YOGYAKARTA),
				// proposed duplicates
				get("/app/laporan/duplikat").signedIn(Outcome.FORBIDDEN)
					.as(Outcome.OK, HEAD_WONOSOBO, INTEL_WONOSOBO, PIMPASA_WONOSOBO, HEAD_YOGYAKARTA),
				post("/app/laporan/duplikat/{duplicate:fresh}/gabung", Map.of("keep", "", "note", "matriks"))
					.signedIn(Outcome.FORBIDDEN)
					.as(Outcome.DONE, HEAD_WONOSOBO, INTEL_WONOSOBO)
					.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
				post("/app/laporan/duplikat/{duplicate:fresh}/tolak", Map.of("note", "matriks"))
					.signedIn(Outcome.FORBIDDEN)
					.as(Outcome.DONE, HEAD_WONOSOBO, INTEL_WONOSOBO)
					.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
				// a report outside the pair: refused with the field named, nothing
				// changes
				post("/app/laporan/duplikat/{duplicate:shared}/gabung", Map.of("keep", "0", "note", "matriks"))
					.signedIn(Outcome.FORBIDDEN)
					.as(Outcome.FORM_ERROR, HEAD_WONOSOBO, INTEL_WONOSOBO)
					.as(Outcome.NOT_FOUND, HEAD_YOGYAKARTA),
				post("/app/laporan/duplikat/0/tolak", Map.of()).signedIn(Outcome.FORBIDDEN)
					.as(Outcome.NOT_FOUND, HEAD_WONOSOBO, INTEL_WONOSOBO, HEAD_YOGYAKARTA));
	}

	@Override
	public String resolve(String kind, String argument, ApplicationContext context) {
		SubjectFixtures fixtures = new SubjectFixtures(context);
		return switch (kind) {
			case "subject" -> CACHE.computeIfAbsent("subject:" + argument,
					(key) -> Long.toString(subject(fixtures, argument).getId()));
			case "subject-report" -> {
				long subjectId = Long.parseLong(resolve("subject", argument, context));
				yield Long.toString(context.getBean(ReportSubjectLinks.class)
					.findBySubjectIdIn(List.of(subjectId))
					.get(0)
					.getReportId());
			}
			case "duplicate" -> "fresh".equals(argument) ? Long.toString(fixtures.duplicatePair().getId()) : CACHE
				.computeIfAbsent("duplicate:" + argument, (key) -> Long.toString(fixtures.duplicatePair().getId()));
			default -> null;
		};
	}

	private static Subject subject(SubjectFixtures fixtures, String argument) {
		return switch (argument) {
			case "three-villages" -> fixtures.phoneInThreeVillages();
			case "kaliputih" -> fixtures.phoneInKaliputih();
			default -> throw new IllegalArgumentException("No subject fixture " + argument);
		};
	}

}
