package id.desabinaan.earlywarning.queue;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.earlywarning.report.ReportCalendar;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Demo weekly returns, after the demo reports: Desa Pakuncen (desa.pakuncen) returned
 * "nothing to report" for the current ISO week and the two before it, so Pakuncen is not
 * silent while the other Wonosobo partner villages, which send no returns, show on the
 * list of silent villages. Idempotent: a week that has a return is left alone; nothing
 * happens without Pakuncen or its account.
 */
@Component
@Order(630)
@ConditionalOnProperty(name = "desabinaan.demo-data", havingValue = "true")
class DemoWeeklyReturns implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWeeklyReturns.class);

	static final String PAKUNCEN = "33.07.06.2009";

	static final String OFFICIAL = "desa.pakuncen";

	private final WeeklyReturns returns;

	private final PartnerVillageDirectory villages;

	private final AccountDirectory accounts;

	private final ReportCalendar calendar;

	private final TransactionTemplate transactions;

	DemoWeeklyReturns(WeeklyReturns returns, PartnerVillageDirectory villages, AccountDirectory accounts,
			ReportCalendar calendar, TransactionTemplate transactions) {
		this.returns = returns;
		this.villages = villages;
		this.accounts = accounts;
		this.calendar = calendar;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<PartnerVillageSummary> village = this.villages.findByCode(RegionCode.of(PAKUNCEN));
		Optional<AccountSummary> official = this.accounts.findByUsername(OFFICIAL);
		if (village.isEmpty() || official.isEmpty()) {
			return;
		}
		LocalDate today = this.calendar.today(village.get().officeId());
		IsoWeek current = IsoWeek.of(today);
		int added = 0;
		for (int i = 0; i < 3; i++) {
			IsoWeek week = current.minusWeeks(i);
			Integer made = this.transactions.execute((status) -> {
				if (this.returns.findByVillageCodeAndWeekYearAndWeekNumber(PAKUNCEN, week.year(), week.number())
					.isPresent()) {
					return 0;
				}
				WeeklyReturn weekly = new WeeklyReturn(PAKUNCEN, village.get().officeId(), week);
				LocalDate on = week.end().isAfter(today) ? today : week.end();
				weekly.answer(0, null, official.get().id(), on);
				this.returns.save(weekly);
				return 1;
			});
			added += (made != null) ? made : 0;
		}
		if (added > 0) {
			log.info("Demo weekly returns of Pakuncen: {} added", added);
		}
	}

}
