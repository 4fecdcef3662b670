package id.desabinaan.knowledge.regulation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled regulated data ({@link BundledRegulatedData}) on every start, in
 * every profile (it is reference data, not demo data): each row the database does not
 * have yet is added, nothing is changed or removed, so a restart adds nothing and a newer
 * release of the files adds only its new versions. Runs after the demo data of the
 * modules before it ({@code @Order(500)}).
 */
@Component
@Order(500)
class RegulatedDataImporter implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegulatedDataImporter.class);

	private final List<RegulatedData<?>> kinds;

	RegulatedDataImporter(List<RegulatedData<?>> kinds) {
		this.kinds = kinds;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = this.kinds.stream().mapToInt(RegulatedData::importBundled).sum();
		if (added > 0) {
			log.info("Regulated data: {} new versions loaded from {}", added, BundledRegulatedData.LOCATION);
		}
	}

}
