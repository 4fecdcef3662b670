package id.desabinaan.knowledge.jobcheck;

import java.util.List;

import id.desabinaan.knowledge.PlacementBan;
import id.desabinaan.knowledge.WarningSignAssessment;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.region.RegionSummary;

/**
 * What the job-offer check tells the resident.
 *
 * @param answers his answers
 * @param assessment the warning signs found and the risk level
 * @param unanswered how many questions he left open
 * @param destination the destination country when it is one of the list, else
 * {@code null}
 * @param village his village when he gave it, else {@code null}
 * @param regency its kabupaten/kota (where his LTSA is), else {@code null}
 * @param office the immigration office serving his village, else {@code null}
 * @param bans the placement bans in force today that the destination and job fall under
 */
public record JobOfferResult(JobOfferAnswers answers, WarningSignAssessment assessment, long unanswered,
		JobCheckReference.Destination destination, RegionSummary village, RegionSummary regency, OfficeSummary office,
		List<PlacementBan> bans) {
}
