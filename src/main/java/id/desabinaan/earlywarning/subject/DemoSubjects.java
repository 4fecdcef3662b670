package id.desabinaan.earlywarning.subject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: makes sure the demo reports (submission key {@code demo-...}, created by
 * the intake's demo data at order 600) are linked to their subjects and proposed as
 * duplicates where they look alike. Idempotent (linking twice changes nothing) and a
 * no-op without demo reports.
 */
@Component
@Order(620)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoSubjects implements ApplicationRunner {

	/** How demo reports' submission keys begin. */
	static final String DEMO_PREFIX = "demo-";

	private static final Logger log = LoggerFactory.getLogger(DemoSubjects.class);

	private final SubjectLinker linker;

	DemoSubjects(SubjectLinker linker) {
		this.linker = linker;
	}

	@Override
	public void run(ApplicationArguments args) {
		int linked = this.linker.linkSubmittedWith(DEMO_PREFIX);
		if (linked > 0) {
			log.info("Demo reports linked to their subjects: {}", linked);
		}
	}

}
