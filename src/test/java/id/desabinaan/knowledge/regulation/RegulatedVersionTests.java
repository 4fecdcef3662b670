package id.desabinaan.knowledge.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.RequirementKind;
import id.desabinaan.knowledge.VisaArrangement;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RuleViolationException;

/** What a version accepts, and when it may be withdrawn or ended. */
class RegulatedVersionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	@Test
	void refusesBadValuesNamingTheField() {
		LocalDate from = LocalDate.of(2027, 1, 1);
		assertField(() -> new FeeVersion(FeeComponent.BOOK_ELECTRONIC_5Y, -1, from, null, "PP"), "amount");
		assertField(() -> new FeeVersion(FeeComponent.BOOK_ELECTRONIC_5Y, 1, null, null, "PP"), "validFrom");
		assertField(() -> new FeeVersion(FeeComponent.BOOK_ELECTRONIC_5Y, 1, from, from.minusDays(1), "PP"),
				"validUntil");
		assertField(() -> new FeeVersion(FeeComponent.BOOK_ELECTRONIC_5Y, 1, from, null, " "), "source");
		assertField(() -> new RequirementVersion(RequirementApplication.FIRST, RequirementApplicant.ADULT, "ktp el",
				RequirementKind.DOCUMENT, 1, "KTP", "ID card", from, null, "PP"), "code");
		assertField(() -> new RequirementVersion(RequirementApplication.FIRST, RequirementApplicant.ADULT, "KTP",
				RequirementKind.DOCUMENT, 1, "KTP", "x".repeat(301), from, null, "PP"), "textEn");
		assertField(() -> new Country("IDN", "Indonesia", "Indonesia"), "countryCode");
		assertField(() -> new VisaFacilitationVersion(new Country("jp", "Jepang", "Japan"), VisaArrangement.VISA_FREE,
				false, 0, "a", "b", from, null, "PP"), "maxStayDays");
		assertField(() -> new PlacementBanVersion(new Country("SA", "Arab Saudi", "Saudi Arabia"), "", "PRT",
				"Domestic work", from, null, "PP"), "jobCode");
	}

	@Test
	void acceptsALowerCaseCountryCodeAsCapitals() {
		assertThat(new Country(" jp ", "Jepang", "Japan").code()).isEqualTo("JP");
	}

	@Test
	void onlyAVersionThatHasNotStartedCanBeWithdrawn() {
		FeeVersion started = new FeeVersion(FeeComponent.BOOK_ELECTRONIC_5Y, 650_000, TODAY, null, "PP");
		assertThatThrownBy(() -> started.withdraw("admin", NOW, TODAY)).isInstanceOf(RuleViolationException.class)
			.hasMessage("knowledge.error.withdraw.started");

		FeeVersion future = new FeeVersion(FeeComponent.BOOK_ELECTRONIC_5Y, 700_000, TODAY.plusDays(1), null, "PP");
		future.withdraw("admin", NOW, TODAY);
		assertThat(future.isWithdrawn()).isTrue();
		assertThat(future.getWithdrawnBy()).isEqualTo("admin");
		assertThatThrownBy(() -> future.withdraw("admin", NOW, TODAY)).isInstanceOf(RuleViolationException.class)
			.hasMessage("knowledge.error.withdraw.already");
	}

	@Test
	void anEndCannotRewriteWhatResidentsSawBeforeYesterday() {
		FeeVersion version = new FeeVersion(FeeComponent.SAME_DAY_SERVICE, 1_000_000, LocalDate.of(2024, 12, 17), null,
				"PP");
		assertField(() -> version.endOn(TODAY.minusDays(2), TODAY), "validUntil");
		assertField(() -> version.endOn(null, TODAY), "validUntil");

		version.endOn(TODAY.minusDays(1), TODAY);
		assertThat(version.getValidUntil()).isEqualTo(TODAY.minusDays(1));
	}

	private static void assertField(Runnable action, String field) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

}
