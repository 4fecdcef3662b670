package id.desabinaan.knowledge.jobcheck;

import java.util.ArrayList;
import java.util.List;

import id.desabinaan.knowledge.PlacementBan;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Fee;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.PassportHolder;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Recruiter;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.Visa;
import id.desabinaan.knowledge.jobcheck.JobOfferAnswers.YesNo;

/**
 * Which warning signs a job offer's answers show. Only the reading of answers is code:
 * the signs' texts, weights and the thresholds are reviewed data
 * ({@link id.desabinaan.knowledge.WarningSigns}), and a sign that has no version in force
 * is simply not weighed.
 *
 * <p>
 * The placement-ban rule reads the dated placement-ban data (Kepmenaker 260/2015 and
 * whatever editors add): a ban in force on the day for the destination country and a job
 * code the kind of work falls under ({@link JobCheckReference#banJobCodes}) is the sign.
 */
public final class JobOfferRules {

	public static final String NON_WORK_VISA = "NON_WORK_VISA";

	public static final String VISA_UNCLEAR = "VISA_UNCLEAR";

	public static final String PLACEMENT_BAN = "PLACEMENT_BAN";

	public static final String UNDERAGE = "UNDERAGE";

	public static final String INDIVIDUAL_RECRUITER = "INDIVIDUAL_RECRUITER";

	public static final String SOCIAL_MEDIA_RECRUITMENT = "SOCIAL_MEDIA_RECRUITMENT";

	public static final String RELATIVE_RECRUITER = "RELATIVE_RECRUITER";

	public static final String RECRUITER_UNKNOWN = "RECRUITER_UNKNOWN";

	public static final String AGENCY_NOT_NAMED = "AGENCY_NOT_NAMED";

	public static final String FEE_BEFORE_DEPARTURE = "FEE_BEFORE_DEPARTURE";

	public static final String DEBT_BONDAGE = "DEBT_BONDAGE";

	public static final String FAST_DEPARTURE = "FAST_DEPARTURE";

	public static final String NO_CONTRACT = "NO_CONTRACT";

	public static final String NO_FAMILY_PERMISSION = "NO_FAMILY_PERMISSION";

	public static final String PASSPORT_HELD = "PASSPORT_HELD";

	/** Every code these rules can find, in the order they are checked. */
	public static final List<String> CODES = List.of(NON_WORK_VISA, VISA_UNCLEAR, PLACEMENT_BAN, UNDERAGE,
			INDIVIDUAL_RECRUITER, SOCIAL_MEDIA_RECRUITMENT, RELATIVE_RECRUITER, RECRUITER_UNKNOWN, AGENCY_NOT_NAMED,
			FEE_BEFORE_DEPARTURE, DEBT_BONDAGE, FAST_DEPARTURE, NO_CONTRACT, NO_FAMILY_PERMISSION, PASSPORT_HELD);

	/** The minimum age of a migrant worker (UU 18/2017 Pasal 5). */
	static final int MINIMUM_AGE = 18;

	private JobOfferRules() {
	}

	/**
	 * The codes of the warning signs the answers show.
	 * @param answers the resident's answers
	 * @param reference the shipped reference data
	 * @param bans the placement bans in force on the day (any country)
	 */
	public static List<String> signsFor(JobOfferAnswers answers, JobCheckReference reference, List<PlacementBan> bans) {
		List<String> found = new ArrayList<>();
		if (answers.visa() == Visa.TOURIST || answers.visa() == Visa.VISIT) {
			found.add(NON_WORK_VISA);
		}
		else if (answers.visa() == Visa.UNKNOWN) {
			found.add(VISA_UNCLEAR);
		}
		if (!bansFor(answers, reference, bans).isEmpty()) {
			found.add(PLACEMENT_BAN);
		}
		if (answers.age() != null && answers.age() < MINIMUM_AGE) {
			found.add(UNDERAGE);
		}
		recruiter(answers, found);
		if (answers.fee() == Fee.BEFORE_DEPARTURE) {
			found.add(FEE_BEFORE_DEPARTURE);
		}
		else if (answers.fee() == Fee.DEDUCTED_FROM_WAGES) {
			found.add(DEBT_BONDAGE);
		}
		if (answers.departure() == JobOfferAnswers.Departure.WITHIN_MONTH) {
			found.add(FAST_DEPARTURE);
		}
		if (answers.contract() == YesNo.NO) {
			found.add(NO_CONTRACT);
		}
		if (answers.familyPermission() == YesNo.NO) {
			found.add(NO_FAMILY_PERMISSION);
		}
		if (answers.passportHolder() == PassportHolder.AGENT || answers.passportHolder() == PassportHolder.EMPLOYER) {
			found.add(PASSPORT_HELD);
		}
		return found;
	}

	/**
	 * The bans that the offer's destination and kind of work fall under, among the bans
	 * given.
	 */
	public static List<PlacementBan> bansFor(JobOfferAnswers answers, JobCheckReference reference,
			List<PlacementBan> bans) {
		if (answers.destination() == null) {
			return List.of();
		}
		List<String> jobCodes = reference.banJobCodes(answers.job());
		return bans.stream()
			.filter((ban) -> ban.countryCode().equalsIgnoreCase(answers.destination()))
			.filter((ban) -> jobCodes.contains(ban.jobCode()))
			.toList();
	}

	private static void recruiter(JobOfferAnswers answers, List<String> found) {
		Recruiter recruiter = answers.recruiter();
		if (recruiter == null) {
			return;
		}
		switch (recruiter) {
			case LICENSED_AGENCY -> {
				if (!answers.hasAgencyName()) {
					found.add(AGENCY_NOT_NAMED);
				}
			}
			case INDIVIDUAL -> found.add(INDIVIDUAL_RECRUITER);
			case RELATIVE -> found.add(RELATIVE_RECRUITER);
			case SOCIAL_MEDIA -> found.add(SOCIAL_MEDIA_RECRUITMENT);
			case UNKNOWN -> found.add(RECRUITER_UNKNOWN);
		}
	}

}
