package id.desabinaan.earlywarning.subject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, links every stored report when no subject is stored yet: reports stored
 * before this feature existed, or loaded without the event. After the demo reports (order
 * 600); a no-op once subjects exist.
 */
@Component
@Order(610)
class SubjectBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SubjectBackfill.class);

	private final SubjectLinker linker;

	SubjectBackfill(SubjectLinker linker) {
		this.linker = linker;
	}

	@Override
	public void run(ApplicationArguments args) {
		int linked = this.linker.linkAllIfNoneLinked();
		if (linked > 0) {
			log.info("Linked the subjects of {} stored reports", linked);
		}
	}

}
