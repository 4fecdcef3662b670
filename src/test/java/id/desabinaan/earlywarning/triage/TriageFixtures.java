package id.desabinaan.earlywarning.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.earlywarning.IndicatorAnswer;
import id.desabinaan.earlywarning.ReportCategory;
import id.desabinaan.earlywarning.ReportChannel;
import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.ReporterKind;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.ReportTrail;
import id.desabinaan.earlywarning.report.Reports;
import id.desabinaan.office.OfficeDirectory;

/**
 * Reports made for triage tests through the core model only (the intake's classes are not
 * needed): a recruiter report from Pakuncen (33.07.06.2009, Kanim Wonosobo) with a
 * contact, a description unique to the test and its first trail entry.
 */
public final class TriageFixtures {

	/** The partner village of the fixtures: Pakuncen, served by Kanim Wonosobo. */
	public static final String VILLAGE = "33.07.06.2009";

	private TriageFixtures() {
	}

	/** A new report received today, with a contact. */
	public static Report report(ApplicationContext context, String label) {
		return report(context, label, LocalDate.now(ZoneId.of("Asia/Jakarta")));
	}

	/**
	 * A new report received on the given day (its clock starts that day), with a contact.
	 */
	public static Report report(ApplicationContext context, String label, LocalDate receivedOn) {
		Reports reports = context.getBean(Reports.class);
		ReportTrail trail = context.getBean(ReportTrail.class);
		long officeId = context.getBean(OfficeDirectory.class).findByCode("KANIM-WONOSOBO").orElseThrow().id();
		TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		String code = ("TRIAGE" + UUID.randomUUID().toString().replace("-", "")).substring(0, 20).toUpperCase();
		return transactions.execute((status) -> {
			Instant at = receivedOn.atTime(9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
			Report report = new Report(code, ReportCategory.RECRUITER, ReportChannel.IN_PERSON, ReporterKind.STAFF,
					true, VILLAGE, officeId, "Fixture " + label + ": calo menawarkan kerja di luar negeri tanpa biaya.",
					"{\"personNames\":\"Pak Darto\",\"phoneNumbers\":\"0812-3456-7890\",\"destination\":\"Malaysia\"}",
					receivedOn, at, "id");
			report.contact("Ibu Sumi " + label, "+6281234567890", null);
			report.answer("ONLY_PASSPORT_NEEDED", IndicatorAnswer.YES, 1);
			Report saved = reports.saveAndFlush(report);
			trail.append(saved, "RECEIVED", null, ReportState.RECEIVED, "fixture", null, null, receivedOn, at);
			return saved;
		});
	}

}
