package id.desabinaan.earlywarning.triage;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.domain.Sort;

import id.desabinaan.earlywarning.ReportState;
import id.desabinaan.earlywarning.report.Report;
import id.desabinaan.earlywarning.report.Reports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo triage acts once on the intake's demo reports (none until the intake is there)
 * and a second start changes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class DemoTriageTests {

	@Autowired
	DemoTriage demo;

	@Autowired
	Reports reports;

	List<String> demoReports() {
		return this.reports.findAll((root, query, cb) -> cb.like(root.get("submissionKey"), "demo-%"), Sort.by("id"))
			.stream()
			.map((Report r) -> r.getId() + ":" + r.getState() + ":" + r.getAssignedTo() + ":" + r.getVersion())
			.toList();
	}

	@Test
	void aSecondStartChangesNoDemoReport() {
		List<String> before = demoReports();
		this.demo.run(new DefaultApplicationArguments());
		assertThat(demoReports()).isEqualTo(before);
		List<Report> triaged = this.reports.findAll((root, query, cb) -> cb.like(root.get("submissionKey"), "demo-%"),
				Sort.by("id"));
		if (triaged.size() >= 4) {
			assertThat(triaged).extracting(Report::getState)
				.contains(ReportState.UNDER_VERIFICATION, ReportState.REFERRED, ReportState.CLOSED);
		}
		else {
			assertThat(triaged).allMatch((r) -> r.getState() == ReportState.RECEIVED);
		}
	}

}
