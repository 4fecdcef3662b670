package id.desabinaan.knowledge.jobcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.PlacementBan;
import id.desabinaan.knowledge.PlacementBanList;
import id.desabinaan.knowledge.WarningSign;
import id.desabinaan.knowledge.WarningSignAssessment;
import id.desabinaan.knowledge.WarningSignContext;
import id.desabinaan.knowledge.WarningSigns;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.RegionCode;

/**
 * Checks a job offer: reads the answers into warning signs, weighs them with the versions
 * in force today and names the legal route's local places (the serving office, the
 * kabupaten's LTSA). Reads only: the check stores nothing.
 */
@Service
@Transactional(readOnly = true)
public class JobOfferCheck {

	/**
	 * The day that decides which reviewed data is in force: national content changes at
	 * midnight WIB.
	 */
	public static final ZoneId NATIONAL_ZONE = ZoneId.of("Asia/Jakarta");

	private final WarningSigns signs;

	private final JobCheckReference reference;

	private final RegionDirectory regions;

	private final OfficeDirectory offices;

	private final Clock clock;

	private final PlacementBanList bans;

	JobOfferCheck(WarningSigns signs, JobCheckReference reference, RegionDirectory regions, OfficeDirectory offices,
			Clock clock, PlacementBanList bans) {
		this.bans = bans;
		this.signs = signs;
		this.reference = reference;
		this.regions = regions;
		this.offices = offices;
		this.clock = clock;
	}

	public JobOfferResult check(JobOfferAnswers answers) {
		LocalDate today = today();
		List<PlacementBan> bans = this.bans.bansOn(today);
		List<String> codes = JobOfferRules.signsFor(answers, this.reference, bans);
		List<WarningSign> found = this.signs.inForce(WarningSignContext.JOB_OFFER, today)
			.stream()
			.filter((sign) -> codes.contains(sign.code()))
			.toList();
		WarningSignAssessment assessment = WarningSignAssessment.weigh(found, this.signs.thresholds(today));
		RegionSummary village = null;
		RegionSummary regency = null;
		OfficeSummary office = null;
		if (answers.villageCode() != null && RegionCode.isValid(answers.villageCode())) {
			RegionCode code = RegionCode.of(answers.villageCode());
			village = this.regions.find(code).orElse(null);
			regency = (code.depth() >= 2) ? this.regions.find(code.regency()).orElse(null) : null;
			office = this.offices.servingOffice(code).orElse(null);
		}
		return new JobOfferResult(answers, assessment, answers.unanswered(),
				this.reference.destination(answers.destination()).orElse(null), village, regency, office,
				JobOfferRules.bansFor(answers, this.reference, bans));
	}

	/** The warning signs the check weighs today, in their set order. */
	public List<WarningSign> jobOfferSigns() {
		return this.signs.inForce(WarningSignContext.JOB_OFFER, today());
	}

	/**
	 * The destinations the form offers: the reference list, then every other country with
	 * a placement ban in force today (so that a ban editors add can be chosen).
	 */
	public List<JobCheckReference.Destination> destinations() {
		List<JobCheckReference.Destination> destinations = new ArrayList<>(this.reference.destinations());
		Set<String> listed = new HashSet<>();
		destinations.forEach((destination) -> listed.add(destination.code()));
		for (PlacementBan ban : this.bans.bansOn(today())) {
			if (listed.add(ban.countryCode())) {
				destinations.add(
						new JobCheckReference.Destination(ban.countryCode(), ban.countryNameId(), ban.countryNameEn()));
			}
		}
		return destinations;
	}

	public JobCheckReference reference() {
		return this.reference;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(NATIONAL_ZONE));
	}

}
