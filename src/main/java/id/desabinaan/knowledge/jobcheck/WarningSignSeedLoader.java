package id.desabinaan.knowledge.jobcheck;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped warning signs and thresholds in every profile (they are reference
 * data, not demo data). Idempotent: a sign whose code is already in the database is left
 * as it is (later changes go through review), and thresholds are added only when there
 * are none. Two nodes starting at once cannot both add a sign: the unique code wins.
 */
@Component
@Order(520)
class WarningSignSeedLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarningSignSeedLoader.class);

	private final Indicators indicators;

	private final ThresholdVersions thresholds;

	private final TransactionTemplate transactions;

	private final Clock clock;

	WarningSignSeedLoader(Indicators indicators, ThresholdVersions thresholds, TransactionTemplate transactions,
			Clock clock) {
		this.indicators = indicators;
		this.thresholds = thresholds;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		WarningSignSeed seed = WarningSignSeed.load();
		int added = 0;
		List<WarningSignSeed.Sign> signs = seed.signs();
		for (int i = 0; i < signs.size(); i++) {
			added += addIfMissing(seed, signs.get(i), i + 1) ? 1 : 0;
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				if (this.thresholds.count() == 0) {
					WarningSignSeed.Thresholds numbers = seed.thresholds();
					this.thresholds.saveAndFlush(ThresholdVersion.imported(numbers.mediumFrom(), numbers.highFrom(),
							seed.validFrom(), numbers.source(), seed.importedFrom(), this.clock.instant()));
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Thresholds were added by another node at the same time");
		}
		if (added > 0) {
			log.info("Added {} warning signs from {}", added, seed.importedFrom());
		}
	}

	private boolean addIfMissing(WarningSignSeed seed, WarningSignSeed.Sign sign, int position) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				if (this.indicators.existsByCode(sign.code())) {
					return false;
				}
				this.indicators.saveAndFlush(Indicator.imported(sign.code(), position, sign.content(seed.validFrom()),
						seed.importedFrom(), this.clock.instant()));
				return true;
			}));
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Warning sign {} was added by another node at the same time", sign.code());
			return false;
		}
	}

}
