package id.desabinaan.knowledge.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.PassportAdvice;
import id.desabinaan.knowledge.PassportApplicationType;
import id.desabinaan.knowledge.PassportFee;
import id.desabinaan.knowledge.PassportQuestions;
import id.desabinaan.knowledge.PassportValidity;
import id.desabinaan.knowledge.RequiredDocument;
import id.desabinaan.knowledge.RequirementKind;
import id.desabinaan.knowledge.regulation.RequirementApplicant;
import id.desabinaan.knowledge.regulation.RequirementApplication;
import id.desabinaan.knowledge.regulation.RequirementEntry;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;

/** Which fees and requirements apply to which answers, on hand-made data. */
class PassportRulesTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	static final List<PassportFee> FEES = fees(100, 200, 300, 400, 1_000, 2_000, 500);

	static final List<RequirementEntry> REQUIREMENTS = List.of(
			entry(RequirementApplication.FIRST, RequirementApplicant.ADULT, "KTP_EL", RequirementKind.DOCUMENT, 10),
			entry(RequirementApplication.FIRST, RequirementApplicant.ADULT_MARRIED, "MARRIAGE_BOOK_OK",
					RequirementKind.DOCUMENT, 30),
			entry(RequirementApplication.FIRST, RequirementApplicant.ADULT_UNMARRIED, "NO_MARRIAGE_BOOK",
					RequirementKind.DOCUMENT, 30),
			entry(RequirementApplication.ALL, RequirementApplicant.CHILD, "PARENTS_KTP", RequirementKind.DOCUMENT, 10),
			entry(RequirementApplication.ALL, RequirementApplicant.CHILD, "BOTH_PARENTS", RequirementKind.STEP, 60),
			entry(RequirementApplication.LOST, RequirementApplicant.ANY, "POLICE_REPORT", RequirementKind.DOCUMENT, 70),
			entry(RequirementApplication.ALL, RequirementApplicant.ANY, "BOOKING", RequirementKind.STEP, 90));

	static List<PassportFee> fees(long n5, long n10, long e5, long e10, long sameDay, long lost, long damaged) {
		long[] amounts = { n5, n10, e5, e10, sameDay, lost, damaged };
		List<PassportFee> fees = new ArrayList<>();
		for (int i = 0; i < amounts.length; i++) {
			fees.add(new PassportFee(FeeComponent.values()[i], amounts[i], LocalDate.of(2024, 12, 17), null, "PP"));
		}
		return fees;
	}

	static RequirementEntry entry(RequirementApplication application, RequirementApplicant applicant, String code,
			RequirementKind kind, int position) {
		return new RequirementEntry(application, applicant, position, new RequiredDocument(code, kind, code, code));
	}

	static PassportAdvice advise(PassportQuestions questions) {
		return PassportRules.advise(questions, DAY, FEES, List.of(), REQUIREMENTS, List.of());
	}

	@Test
	void aFirstElectronicTenYearPassportForAMarriedAdultCostsTheBookOnly() {
		PassportAdvice advice = advise(new PassportQuestions(PassportApplicationType.FIRST, false, true, true,
				PassportValidity.TEN_YEARS, false));

		assertThat(advice.fees()).extracting(PassportFee::component).containsExactly(FeeComponent.BOOK_ELECTRONIC_10Y);
		assertThat(advice.total()).isEqualTo(400);
		assertThat(advice.documents()).extracting(RequiredDocument::code).containsExactly("KTP_EL", "MARRIAGE_BOOK_OK");
		assertThat(advice.steps()).extracting(RequiredDocument::code).containsExactly("BOOKING");
		assertThat(advice.anyOffice()).isFalse();
	}

	@Test
	void aLostPassportWithSameDayServiceAddsBothFeesAndMayGoToAnyOffice() {
		PassportAdvice advice = advise(new PassportQuestions(PassportApplicationType.LOST, false, false, false,
				PassportValidity.FIVE_YEARS, true));

		assertThat(advice.fees()).extracting(PassportFee::component)
			.containsExactly(FeeComponent.BOOK_NON_ELECTRONIC_5Y, FeeComponent.LOST_REPLACEMENT,
					FeeComponent.SAME_DAY_SERVICE);
		assertThat(advice.total()).isEqualTo(100 + 2_000 + 1_000);
		assertThat(advice.documents()).extracting(RequiredDocument::code).containsExactly("POLICE_REPORT");
		assertThat(advice.anyOffice()).isTrue();
	}

	@Test
	void aChildGetsTheChildRequirementsOfEveryApplicationType() {
		PassportAdvice advice = advise(new PassportQuestions(PassportApplicationType.LOST, true, false, true,
				PassportValidity.FIVE_YEARS, false));

		assertThat(advice.documents()).extracting(RequiredDocument::code)
			.containsExactly("PARENTS_KTP", "POLICE_REPORT");
		assertThat(advice.steps()).extracting(RequiredDocument::code).containsExactly("BOTH_PARENTS", "BOOKING");
	}

	@Test
	void aMarriedMinorIsAnAdult() {
		PassportQuestions married16 = new PassportQuestions(PassportApplicationType.FIRST, true, true, false,
				PassportValidity.TEN_YEARS, false);

		assertThat(married16.child()).isFalse();
		assertThat(advise(married16).documents()).extracting(RequiredDocument::code)
			.containsExactly("KTP_EL", "MARRIAGE_BOOK_OK");
	}

	@Test
	void aChildCannotHaveATenYearPassport() {
		assertThatThrownBy(() -> advise(new PassportQuestions(PassportApplicationType.FIRST, true, false, true,
				PassportValidity.TEN_YEARS, false)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("validity"));
	}

	@Test
	void aMissingFeeIsNotGuessed() {
		assertThatThrownBy(
				() -> PassportRules.advise(
						new PassportQuestions(PassportApplicationType.DAMAGED, false, false, false,
								PassportValidity.FIVE_YEARS, false),
						DAY, FEES.subList(0, 6), List.of(), REQUIREMENTS, List.of()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void onlyAnnouncedChangesOfTheFeesPaidAreShown() {
		PassportFee laterBook = new PassportFee(FeeComponent.BOOK_ELECTRONIC_5Y, 350, DAY.plusDays(30), null, "PP");
		PassportFee laterLost = new PassportFee(FeeComponent.LOST_REPLACEMENT, 2_500, DAY.plusDays(30), null, "PP");

		PassportAdvice advice = PassportRules.advise(new PassportQuestions(PassportApplicationType.FIRST, false, false,
				true, PassportValidity.FIVE_YEARS, false), DAY, FEES, List.of(laterBook, laterLost), REQUIREMENTS,
				List.of());

		assertThat(advice.announcedFees()).containsExactly(laterBook);
	}

}
