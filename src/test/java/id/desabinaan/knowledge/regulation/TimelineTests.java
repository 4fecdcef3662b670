package id.desabinaan.knowledge.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.desabinaan.knowledge.FeeComponent;

/** The rules of dated versions, on versions built in memory. */
class TimelineTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static FeeVersion fee(FeeComponent component, long amount, String from, String until) {
		return new FeeVersion(component, amount, LocalDate.parse(from), (until != null) ? LocalDate.parse(until) : null,
				"PP uji");
	}

	@Test
	void aFutureVersionAppliesFromItsStartAndNotTheDayBefore() {
		FeeVersion now = fee(FeeComponent.BOOK_ELECTRONIC_10Y, 950_000, "2024-12-17", null);
		FeeVersion later = fee(FeeComponent.BOOK_ELECTRONIC_10Y, 1_050_000, "2027-01-01", null);
		List<FeeVersion> versions = List.of(now, later);

		assertThat(Timeline.inEffect(versions, LocalDate.of(2026, 12, 31))).containsExactly(now);
		assertThat(Timeline.inEffect(versions, LocalDate.of(2027, 1, 1))).containsExactly(later);
		assertThat(Timeline.inEffect(versions, LocalDate.of(2024, 12, 16))).isEmpty();
		assertThat(Timeline.startingAfter(versions, TODAY)).containsExactly(later);
	}

	@Test
	void anItemWithAnEndDateDisappearsAfterItsLastDay() {
		FeeVersion ending = fee(FeeComponent.SAME_DAY_SERVICE, 1_000_000, "2024-12-17", "2026-12-31");

		assertThat(Timeline.inEffect(List.of(ending), LocalDate.of(2026, 12, 31))).containsExactly(ending);
		assertThat(Timeline.inEffect(List.of(ending), LocalDate.of(2027, 1, 1))).isEmpty();
	}

	@Test
	void aLaterVersionEndsAnEarlierOneEvenWhenTheEarlierHadNoEnd() {
		FeeVersion first = fee(FeeComponent.BOOK_ELECTRONIC_5Y, 650_000, "2024-12-17", null);
		FeeVersion second = fee(FeeComponent.BOOK_ELECTRONIC_5Y, 700_000, "2026-01-01", "2026-06-30");
		FeeVersion third = fee(FeeComponent.BOOK_ELECTRONIC_5Y, 750_000, "2027-01-01", null);

		Timeline.Item<FeeVersion> item = Timeline.items(List.of(first, second, third), TODAY).get(0);

		assertThat(item.rows()).extracting(Timeline.Row::version).containsExactly(third, second, first);
		assertThat(item.rows()).extracting(Timeline.Row::lastDay)
			.containsExactly(null, LocalDate.of(2026, 6, 30), LocalDate.of(2025, 12, 31));
		assertThat(item.rows()).extracting(Timeline.Row::superseded).containsExactly(false, false, true);
		assertThat(item.future()).extracting(Timeline.Row::version).containsExactly(third);
		assertThat(item.current()).isEmpty();
		assertThat(item.past()).extracting(Timeline.Row::version).containsExactly(second, first);
		assertThat(Timeline.inEffect(List.of(first, second, third), LocalDate.of(2026, 7, 1)))
			.as("the second version ended and the first does not come back")
			.isEmpty();
	}

	@Test
	void withdrawnVersionsAreIgnored() {
		FeeVersion now = fee(FeeComponent.BOOK_ELECTRONIC_10Y, 950_000, "2024-12-17", null);
		FeeVersion withdrawn = fee(FeeComponent.BOOK_ELECTRONIC_10Y, 1_050_000, "2027-01-01", null);
		withdrawn.withdraw("admin", Instant.parse("2026-11-23T03:00:00Z"), TODAY);

		assertThat(Timeline.inEffect(List.of(now, withdrawn), LocalDate.of(2027, 6, 1))).containsExactly(now);
		assertThat(Timeline.startingAfter(List.of(now, withdrawn), TODAY)).isEmpty();
		assertThat(Timeline.items(List.of(now, withdrawn), TODAY).get(0).rows()).hasSize(1);
	}

	@Test
	void eachItemIsResolvedOnItsOwn() {
		FeeVersion book = fee(FeeComponent.BOOK_NON_ELECTRONIC_5Y, 350_000, "2024-12-17", null);
		FeeVersion lost = fee(FeeComponent.LOST_REPLACEMENT, 1_000_000, "2024-12-17", null);
		FeeVersion lostLater = fee(FeeComponent.LOST_REPLACEMENT, 1_500_000, "2026-01-01", null);

		assertThat(Timeline.inEffect(List.of(book, lost, lostLater), TODAY)).containsExactlyInAnyOrder(book, lostLater);
		List<Timeline.Item<FeeVersion>> items = Timeline.items(List.of(book, lost, lostLater), TODAY);
		assertThat(items).extracting(Timeline.Item::key).containsExactly("BOOK_NON_ELECTRONIC_5Y", "LOST_REPLACEMENT");
		assertThat(items.get(1).current()).map(Timeline.Row::version).contains(lostLater);
	}

}
