package id.desabinaan.knowledge.jobcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Departure;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Fee;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Job;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.PassportHolder;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Recruiter;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Visa;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.YesNo;
import id.desabinaan.shared.InvalidInputException;

/** The answers travel in the address of the result, and come back unchanged. */
class JobOfferQueryTests {

	@Test
	void answersSurviveTheRoundTripThroughTheAddress() {
		JobOfferAnswers answers = new JobOfferAnswers("TW", Job.FACTORY, Recruiter.LICENSED_AGENCY, "PT Maju & Jaya",
				Visa.WORK, Fee.BEFORE_DEPARTURE, 2_500_000L, YesNo.YES, YesNo.NO, PassportHolder.SELF, 30,
				Departure.ONE_TO_THREE_MONTHS, "33.07.06.2009");
		String query = JobOfferQuery.toQuery(answers);
		assertThat(query).contains("agencyName=PT+Maju+%26+Jaya", "village=33.07.06.2009");
		assertThat(JobOfferQuery.fromQuery(query)).isEqualTo(answers);
	}

	@Test
	void unansweredQuestionsStayOutOfTheAddress() {
		assertThat(JobOfferQuery.toQuery(JobOfferAnswers.none())).isEmpty();
		assertThat(JobOfferQuery.fromQuery("")).isEqualTo(JobOfferAnswers.none());
	}

	@Test
	void amountsMayBeWrittenWithThousandsSeparatorsAndRp() {
		assertThat(JobOfferQuery.read(Map.of("feeAmount", "15.000.000")).answers().feeAmount()).isEqualTo(15_000_000L);
		assertThat(JobOfferQuery.read(Map.of("feeAmount", "Rp 7,500,000")).answers().feeAmount()).isEqualTo(7_500_000L);
	}

	@Test
	void malformedNumbersAreNamedOnTheirFieldsAndLeftUnanswered() {
		JobOfferQuery.Reading reading = JobOfferQuery.read(Map.of("age", "tujuh belas", "feeAmount", "banyak"));
		assertThat(reading.errors()).extracting(InvalidInputException::getField)
			.containsExactlyInAnyOrder("age", "feeAmount");
		assertThat(reading.answers().age()).isNull();
		assertThat(JobOfferQuery.read(Map.of("age", "0")).errors()).hasSize(1);
		assertThat(JobOfferQuery.read(Map.of("age", "120")).errors()).hasSize(1);
	}

	@Test
	void unknownChoicesAndBadCodesReadAsUnanswered() {
		JobOfferAnswers answers = JobOfferQuery
			.read(Map.of("visa", "DIPLOMATIC", "job", "<script>", "village", "99.99.99.9999x"))
			.answers();
		assertThat(answers.visa()).isNull();
		assertThat(answers.job()).isNull();
		assertThat(answers.villageCode()).isNull();
	}

}
