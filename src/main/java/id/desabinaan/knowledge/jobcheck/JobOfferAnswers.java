package id.desabinaan.knowledge.jobcheck;

import java.util.stream.Stream;

/**
 * What a resident answered about a job offer abroad. Every answer may be {@code null}
 * (not answered); the check then finds no sign for it and says how many were left open.
 *
 * @param destination ISO code of the destination country, {@code OTHER}, or {@code null}
 * @param job the kind of work offered
 * @param recruiter who recruits
 * @param agencyName the placement company's name, if the resident knows it
 * @param visa the visa he is told he will travel on
 * @param fee whether and when he is asked to pay
 * @param feeAmount the amount asked, in whole Rupiah
 * @param contract whether he has seen a written employment contract
 * @param familyPermission whether he has a family permission letter acknowledged by the
 * kepala desa
 * @param passportHolder who will hold his passport abroad
 * @param age his age in years
 * @param departure how soon departure is promised
 * @param villageCode his desa/kelurahan (to name the serving office and the LTSA)
 */
public record JobOfferAnswers(String destination, Job job, Recruiter recruiter, String agencyName, Visa visa, Fee fee,
		Long feeAmount, YesNo contract, YesNo familyPermission, PassportHolder passportHolder, Integer age,
		Departure departure, String villageCode) {

	/** The destination answer for a country not in the list. */
	public static final String OTHER_DESTINATION = "OTHER";

	/** Nothing answered. */
	public static JobOfferAnswers none() {
		return new JobOfferAnswers(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * How many of the ten questions were left open (the agency name and village aside).
	 */
	public long unanswered() {
		return Stream
			.of(this.destination, this.job, this.recruiter, this.visa, this.fee, this.contract, this.familyPermission,
					this.passportHolder, this.age, this.departure)
			.filter((answer) -> answer == null)
			.count();
	}

	/** The same answers with this village (or none). */
	public JobOfferAnswers withVillage(String code) {
		return new JobOfferAnswers(this.destination, this.job, this.recruiter, this.agencyName, this.visa, this.fee,
				this.feeAmount, this.contract, this.familyPermission, this.passportHolder, this.age, this.departure,
				code);
	}

	public boolean hasAgencyName() {
		return this.agencyName != null && !this.agencyName.isBlank();
	}

	/** The kind of work offered. */
	public enum Job {

		/** Domestic work or care in a private household (an individual employer). */
		HOUSEHOLD,
		/** Care work in a hospital or a care home. */
		CARE, FACTORY, CONSTRUCTION, AGRICULTURE,
		/** Crew on a fishing vessel. */
		FISHING,
		/** Hotel, restaurant or shop. */
		HOSPITALITY, OTHER

	}

	/** Who recruits. */
	public enum Recruiter {

		/** A placement company the resident believes to be licensed (P3MI). */
		LICENSED_AGENCY,
		/** An individual broker or sponsor (calo, sponsor). */
		INDIVIDUAL,
		/** A relative or acquaintance. */
		RELATIVE,
		/** Only an account on social media or in a messaging app. */
		SOCIAL_MEDIA,
		/** He does not know. */
		UNKNOWN

	}

	/** The visa he is told he will travel on. */
	public enum Visa {

		WORK, TOURIST,
		/** A visit, pilgrimage (ziarah) or umrah visa. */
		VISIT, UNKNOWN

	}

	/** Whether and when he is asked to pay. */
	public enum Fee {

		NONE, BEFORE_DEPARTURE,
		/** The recruiter advances the costs and deducts them from the wages. */
		DEDUCTED_FROM_WAGES, UNKNOWN

	}

	/** A yes or a no. */
	public enum YesNo {

		YES, NO

	}

	/** Who will hold his passport abroad. */
	public enum PassportHolder {

		SELF, AGENT, EMPLOYER, UNKNOWN

	}

	/** How soon departure is promised. */
	public enum Departure {

		WITHIN_MONTH, ONE_TO_THREE_MONTHS, LATER, UNKNOWN

	}

}
