package id.desabinaan.knowledge.jobcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.desabinaan.knowledge.PlacementBan;
import id.desabinaan.knowledge.WarningRiskLevel;
import id.desabinaan.knowledge.WarningRiskThresholds;
import id.desabinaan.knowledge.WarningSign;
import id.desabinaan.knowledge.WarningSignAssessment;
import id.desabinaan.knowledge.WarningSignContext;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Departure;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Fee;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Job;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.PassportHolder;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Recruiter;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Visa;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.YesNo;

/**
 * The job-offer scoring without a server: which answer shows which warning sign, how the
 * weights of the shipped data add up, and where the thresholds put the level.
 */
class JobOfferScoringTests {

	private static final JobCheckReference REFERENCE = JobCheckReference.load();

	private static final WarningSignSeed SEED = WarningSignSeed.load();

	private static final WarningRiskThresholds THRESHOLDS = new WarningRiskThresholds(SEED.thresholds().mediumFrom(),
			SEED.thresholds().highFrom(), SEED.validFrom(), SEED.thresholds().source());

	/**
	 * Bans in force as the regulated data ships them (two of its countries): the rules
	 * read whatever list is in force on the day.
	 */
	private static final List<PlacementBan> BANS = List.of(ban("SA", "Arab Saudi"), ban("AE", "Uni Emirat Arab"));

	/** A procedural offer: every answer given, none a warning sign. */
	static final JobOfferAnswers SAFE = new JobOfferAnswers("HK", Job.HOUSEHOLD, Recruiter.LICENSED_AGENCY,
			"PT Contoh Berizin", Visa.WORK, Fee.NONE, null, YesNo.YES, YesNo.YES, PassportHolder.SELF, 24,
			Departure.LATER, null);

	static Stream<Arguments> oneAnswerEachSign() {
		return Stream.of(change("tourist visa", JobOfferRules.NON_WORK_VISA, (a) -> with(a, "visa", Visa.TOURIST)),
				change("visit visa", JobOfferRules.NON_WORK_VISA, (a) -> with(a, "visa", Visa.VISIT)),
				change("visa not known", JobOfferRules.VISA_UNCLEAR, (a) -> with(a, "visa", Visa.UNKNOWN)),
				change("household work in Saudi Arabia", JobOfferRules.PLACEMENT_BAN,
						(a) -> with(a, "destination", "SA")),
				change("17 years old", JobOfferRules.UNDERAGE, (a) -> with(a, "age", 17)),
				change("broker", JobOfferRules.INDIVIDUAL_RECRUITER, (a) -> with(a, "recruiter", Recruiter.INDIVIDUAL)),
				change("social media", JobOfferRules.SOCIAL_MEDIA_RECRUITMENT,
						(a) -> with(a, "recruiter", Recruiter.SOCIAL_MEDIA)),
				change("relative", JobOfferRules.RELATIVE_RECRUITER, (a) -> with(a, "recruiter", Recruiter.RELATIVE)),
				change("recruiter unknown", JobOfferRules.RECRUITER_UNKNOWN,
						(a) -> with(a, "recruiter", Recruiter.UNKNOWN)),
				change("agency without a name", JobOfferRules.AGENCY_NOT_NAMED, (a) -> with(a, "agencyName", " ")),
				change("pay before leaving", JobOfferRules.FEE_BEFORE_DEPARTURE,
						(a) -> with(a, "fee", Fee.BEFORE_DEPARTURE)),
				change("deducted from wages", JobOfferRules.DEBT_BONDAGE,
						(a) -> with(a, "fee", Fee.DEDUCTED_FROM_WAGES)),
				change("leave within a month", JobOfferRules.FAST_DEPARTURE,
						(a) -> with(a, "departure", Departure.WITHIN_MONTH)),
				change("no contract", JobOfferRules.NO_CONTRACT, (a) -> with(a, "contract", YesNo.NO)),
				change("no family permission", JobOfferRules.NO_FAMILY_PERMISSION,
						(a) -> with(a, "familyPermission", YesNo.NO)),
				change("agent holds the passport", JobOfferRules.PASSPORT_HELD,
						(a) -> with(a, "passportHolder", PassportHolder.AGENT)),
				change("employer holds the passport", JobOfferRules.PASSPORT_HELD,
						(a) -> with(a, "passportHolder", PassportHolder.EMPLOYER)));
	}

	@ParameterizedTest(name = "{0} shows {1}")
	@MethodSource("oneAnswerEachSign")
	void eachRiskyAnswerShowsItsOneWarningSign(String answer, String code, UnaryOperator<JobOfferAnswers> change) {
		assertThat(JobOfferRules.signsFor(change.apply(SAFE), REFERENCE, BANS)).containsExactly(code);
	}

	@Test
	void aProceduralOfferShowsNoSignAndIsALowRisk() {
		assertThat(JobOfferRules.signsFor(SAFE, REFERENCE, BANS)).isEmpty();
		WarningSignAssessment assessment = weigh(SAFE);
		assertThat(assessment.level()).isEqualTo(WarningRiskLevel.LOW);
		assertThat(assessment.totalWeight()).isZero();
		assertThat(SAFE.unanswered()).isZero();
	}

	@Test
	void unansweredQuestionsShowNoSignAndAreCounted() {
		JobOfferAnswers nothing = JobOfferAnswers.none();
		assertThat(JobOfferRules.signsFor(nothing, REFERENCE, BANS)).isEmpty();
		assertThat(nothing.unanswered()).isEqualTo(10);
		assertThat(with(SAFE, "age", null).unanswered()).isEqualTo(1);
	}

	@Test
	void thePlacementBanSignComesFromTheBansInForceForTheDestinationAndJob() {
		assertThat(JobOfferRules.signsFor(with(SAFE, "destination", "AE"), REFERENCE, BANS))
			.containsExactly(JobOfferRules.PLACEMENT_BAN);
		assertThat(JobOfferRules.bansFor(with(SAFE, "destination", "ae"), REFERENCE, BANS)).extracting("countryCode")
			.containsExactly("AE");
		JobOfferAnswers factoryInSaudi = with(with(SAFE, "destination", "SA"), "job", Job.FACTORY);
		assertThat(JobOfferRules.signsFor(factoryInSaudi, REFERENCE, BANS)).isEmpty();
		assertThat(JobOfferRules.signsFor(with(SAFE, "destination", "TW"), REFERENCE, BANS)).isEmpty();
		assertThat(
				JobOfferRules.signsFor(with(SAFE, "destination", JobOfferAnswers.OTHER_DESTINATION), REFERENCE, BANS))
			.isEmpty();
		assertThat(JobOfferRules.signsFor(with(SAFE, "destination", "AE"), REFERENCE, List.of()))
			.as("no ban in force, no sign")
			.isEmpty();
		assertThat(JobOfferRules.signsFor(with(SAFE, "destination", "TW"), REFERENCE, List.of(ban("TW", "Taiwan"))))
			.as("a ban editors add for another country counts")
			.containsExactly(JobOfferRules.PLACEMENT_BAN);
	}

	private static PlacementBan ban(String country, String name) {
		return new PlacementBan(country, name, name, "DOMESTIC_WORK_INDIVIDUAL",
				"Pekerja rumah tangga pada pengguna perseorangan", "Domestic work for individual employers",
				LocalDate.of(2015, 7, 1), null, "Kepmenaker 260/2015");
	}

	@Test
	void eighteenIsOldEnoughAndSeventeenIsNot() {
		assertThat(JobOfferRules.signsFor(with(SAFE, "age", 18), REFERENCE, BANS)).isEmpty();
		assertThat(JobOfferRules.signsFor(with(SAFE, "age", 17), REFERENCE, BANS))
			.containsExactly(JobOfferRules.UNDERAGE);
	}

	@Test
	void aMissingCompanyNameCountsOnlyWhenACompanyRecruits() {
		JobOfferAnswers broker = with(with(SAFE, "recruiter", Recruiter.INDIVIDUAL), "agencyName", null);
		assertThat(JobOfferRules.signsFor(broker, REFERENCE, BANS)).containsExactly(JobOfferRules.INDIVIDUAL_RECRUITER);
	}

	@Test
	void theThresholdsOfTheShippedDataSplitTheTotalWeight() {
		assertThat(THRESHOLDS.mediumFrom()).isEqualTo(3);
		assertThat(THRESHOLDS.highFrom()).isEqualTo(6);
		assertThat(THRESHOLDS.levelOf(0)).isEqualTo(WarningRiskLevel.LOW);
		assertThat(THRESHOLDS.levelOf(2)).isEqualTo(WarningRiskLevel.LOW);
		assertThat(THRESHOLDS.levelOf(3)).isEqualTo(WarningRiskLevel.MEDIUM);
		assertThat(THRESHOLDS.levelOf(5)).isEqualTo(WarningRiskLevel.MEDIUM);
		assertThat(THRESHOLDS.levelOf(6)).isEqualTo(WarningRiskLevel.HIGH);
		assertThat(THRESHOLDS.levelOf(60)).isEqualTo(WarningRiskLevel.HIGH);
	}

	@Test
	void thresholdsMustRiseFromAtLeastOne() {
		assertThatThrownBy(() -> new WarningRiskThresholds(0, 6, LocalDate.now(), "x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new WarningRiskThresholds(4, 4, LocalDate.now(), "x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	static Stream<Arguments> levelOfEachSignAlone() {
		return Stream.of(Arguments.of(JobOfferRules.NON_WORK_VISA, WarningRiskLevel.HIGH),
				Arguments.of(JobOfferRules.PLACEMENT_BAN, WarningRiskLevel.HIGH),
				Arguments.of(JobOfferRules.UNDERAGE, WarningRiskLevel.HIGH),
				Arguments.of(JobOfferRules.INDIVIDUAL_RECRUITER, WarningRiskLevel.MEDIUM),
				Arguments.of(JobOfferRules.SOCIAL_MEDIA_RECRUITMENT, WarningRiskLevel.MEDIUM),
				Arguments.of(JobOfferRules.DEBT_BONDAGE, WarningRiskLevel.MEDIUM),
				Arguments.of(JobOfferRules.NO_CONTRACT, WarningRiskLevel.MEDIUM),
				Arguments.of(JobOfferRules.PASSPORT_HELD, WarningRiskLevel.MEDIUM),
				Arguments.of(JobOfferRules.FEE_BEFORE_DEPARTURE, WarningRiskLevel.MEDIUM),
				Arguments.of(JobOfferRules.FAST_DEPARTURE, WarningRiskLevel.MEDIUM),
				Arguments.of(JobOfferRules.NO_FAMILY_PERMISSION, WarningRiskLevel.MEDIUM),
				Arguments.of(JobOfferRules.VISA_UNCLEAR, WarningRiskLevel.LOW),
				Arguments.of(JobOfferRules.RECRUITER_UNKNOWN, WarningRiskLevel.LOW),
				Arguments.of(JobOfferRules.RELATIVE_RECRUITER, WarningRiskLevel.LOW),
				Arguments.of(JobOfferRules.AGENCY_NOT_NAMED, WarningRiskLevel.LOW));
	}

	@ParameterizedTest(name = "{0} alone is a {1} risk")
	@MethodSource("levelOfEachSignAlone")
	void eachSignAloneHasTheLevelOfItsWeight(String code, WarningRiskLevel level) {
		assertThat(WarningSignAssessment.weigh(List.of(sign(code)), THRESHOLDS).level()).isEqualTo(level);
	}

	@Test
	void lightSignsAddUpToAHigherLevel() {
		assertThat(assess(JobOfferRules.VISA_UNCLEAR, JobOfferRules.RELATIVE_RECRUITER).level()).as("2 + 1")
			.isEqualTo(WarningRiskLevel.MEDIUM);
		assertThat(assess(JobOfferRules.NO_CONTRACT, JobOfferRules.NO_FAMILY_PERMISSION).level()).as("4 + 3")
			.isEqualTo(WarningRiskLevel.HIGH);
		assertThat(assess(JobOfferRules.FAST_DEPARTURE, JobOfferRules.FEE_BEFORE_DEPARTURE).level()).as("3 + 3")
			.isEqualTo(WarningRiskLevel.HIGH);
		assertThat(assess(JobOfferRules.AGENCY_NOT_NAMED, JobOfferRules.RELATIVE_RECRUITER).level()).as("1 + 1")
			.isEqualTo(WarningRiskLevel.LOW);
	}

	@Test
	void aTypicalTraffickingOfferIsHighRiskWithEverySignListedHeaviestFirst() {
		JobOfferAnswers risky = new JobOfferAnswers("SA", Job.HOUSEHOLD, Recruiter.INDIVIDUAL, null, Visa.VISIT,
				Fee.BEFORE_DEPARTURE, 15_000_000L, YesNo.NO, YesNo.NO, PassportHolder.AGENT, 17, Departure.WITHIN_MONTH,
				null);
		WarningSignAssessment assessment = weigh(risky);
		assertThat(assessment.level()).isEqualTo(WarningRiskLevel.HIGH);
		assertThat(assessment.signs()).extracting(WarningSign::code)
			.containsExactly(JobOfferRules.NON_WORK_VISA, JobOfferRules.PLACEMENT_BAN, JobOfferRules.UNDERAGE,
					JobOfferRules.INDIVIDUAL_RECRUITER, JobOfferRules.NO_CONTRACT, JobOfferRules.PASSPORT_HELD,
					JobOfferRules.FEE_BEFORE_DEPARTURE, JobOfferRules.FAST_DEPARTURE,
					JobOfferRules.NO_FAMILY_PERMISSION);
		assertThat(assessment.totalWeight()).isEqualTo(6 + 6 + 6 + 4 + 4 + 4 + 3 + 3 + 3);
	}

	@Test
	void everySignTheRulesFindIsShippedForTheJobOfferCheck() {
		Map<String, WarningSignSeed.Sign> shipped = SEED.signs()
			.stream()
			.collect(java.util.stream.Collectors.toMap(WarningSignSeed.Sign::code, (sign) -> sign));
		assertThat(shipped).hasSize(SEED.signs().size());
		for (String code : JobOfferRules.CODES) {
			assertThat(shipped).containsKey(code);
			assertThat(shipped.get(code).contexts()).as(code).contains(WarningSignContext.JOB_OFFER);
		}
		assertThat(SEED.signs()).allSatisfy((sign) -> assertThat(sign.content(SEED.validFrom())).isNotNull());
	}

	private static WarningSignAssessment weigh(JobOfferAnswers answers) {
		return assess(JobOfferRules.signsFor(answers, REFERENCE, BANS).toArray(String[]::new));
	}

	private static WarningSignAssessment assess(String... codes) {
		return WarningSignAssessment.weigh(Stream.of(codes).map(JobOfferScoringTests::sign).toList(), THRESHOLDS);
	}

	private static WarningSign sign(String code) {
		WarningSignSeed.Sign shipped = SEED.signs()
			.stream()
			.filter((sign) -> sign.code().equals(code))
			.findFirst()
			.orElseThrow();
		SignContent content = shipped.content(SEED.validFrom());
		return new WarningSign(code, content.titleId(), content.titleEn(), content.explanationId(),
				content.explanationEn(), content.weight(), java.util.Set.copyOf(shipped.contexts()), SEED.validFrom(),
				content.source(), 1);
	}

	private static Arguments change(String answer, String code, UnaryOperator<JobOfferAnswers> change) {
		return Arguments.of(answer, code, change);
	}

	/** The answers with one of them replaced, by record component name. */
	static JobOfferAnswers with(JobOfferAnswers a, String component, Object value) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		for (var field : JobOfferAnswers.class.getRecordComponents()) {
			try {
				values.put(field.getName(), field.getAccessor().invoke(a));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		values.put(component, value);
		return new JobOfferAnswers((String) values.get("destination"), (Job) values.get("job"),
				(Recruiter) values.get("recruiter"), (String) values.get("agencyName"), (Visa) values.get("visa"),
				(Fee) values.get("fee"), (Long) values.get("feeAmount"), (YesNo) values.get("contract"),
				(YesNo) values.get("familyPermission"), (PassportHolder) values.get("passportHolder"),
				(Integer) values.get("age"), (Departure) values.get("departure"), (String) values.get("villageCode"));
	}

}
