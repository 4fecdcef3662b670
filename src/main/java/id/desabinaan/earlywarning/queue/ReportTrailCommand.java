package id.desabinaan.earlywarning.queue;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;

/**
 * The command-line check of report trails:
 * {@code java -jar desa-binaan.jar --verify-report-trail} checks every report,
 * {@code --verify-report-trail=KANIM-WONOSOBO} those of one office and the offices below
 * it. It prints how many reports were checked and each broken trail with its first broken
 * entry, and exits with 0 when every trail is whole, 1 when one is broken and 2 for an
 * unknown office. The application's main class starts no web server for it; the check
 * runs when the context has started, before the start-up runners (region import, demo
 * data), and the process ends there.
 */
@Component
class ReportTrailCommand {

	/** The option that asks for the check. */
	static final String OPTION = "verify-report-trail";

	private final TrailCheck trails;

	private final OfficeDirectory offices;

	ReportTrailCommand(TrailCheck trails, OfficeDirectory offices) {
		this.trails = trails;
		this.offices = offices;
	}

	@EventListener
	void onStarted(ApplicationStartedEvent event) {
		ApplicationArguments args = event.getApplicationContext().getBean(ApplicationArguments.class);
		if (!args.containsOption(OPTION)) {
			return;
		}
		List<String> values = args.getOptionValues(OPTION);
		String office = (values == null || values.isEmpty()) ? null : values.get(0);
		int code = run(office, System.out);
		System.out.flush();
		System.exit(SpringApplication.exit(event.getApplicationContext(), () -> code));
	}

	/**
	 * Checks the trails and prints the result.
	 * @param officeCode an office's code, or {@code null} (or blank) for every report
	 * @return the exit code: 0 whole, 1 broken, 2 unknown office
	 */
	int run(String officeCode, PrintStream out) {
		TrailCheck.Result result;
		String reach;
		if (officeCode == null || officeCode.isBlank()) {
			result = this.trails.check(null);
			reach = "all offices";
		}
		else {
			OfficeSummary office = this.offices.findByCode(officeCode.strip()).orElse(null);
			if (office == null) {
				out.println("Report trail check: unknown office " + officeCode.strip());
				return 2;
			}
			Set<Long> ids = this.offices.selfAndDescendants(office.id());
			result = this.trails.check(ids);
			reach = office.code() + " and the offices below it";
		}
		out.println("Report trail check (" + reach + "): " + result.checked() + " reports checked, "
				+ result.broken().size() + " broken.");
		for (TrailCheck.Broken broken : result.broken()) {
			out.println("BROKEN report " + broken.reportId() + " (office " + broken.officeName()
					+ "): first broken entry " + broken.seq() + " (entry id " + broken.entryId() + ")");
		}
		out.println(result.intact() ? "All trails are intact." : "Trails are broken: see above.");
		return result.intact() ? 0 : 1;
	}

}
