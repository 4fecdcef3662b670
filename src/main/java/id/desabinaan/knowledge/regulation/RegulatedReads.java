package id.desabinaan.knowledge.regulation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.desabinaan.knowledge.FeeComponent;
import id.desabinaan.knowledge.FeeSchedule;
import id.desabinaan.knowledge.PassportFee;
import id.desabinaan.knowledge.PlacementBan;
import id.desabinaan.knowledge.PlacementBanList;
import id.desabinaan.knowledge.VisaFacilitation;
import id.desabinaan.knowledge.VisaFacilitationList;

/**
 * The public reads of regulated data for other modules and for the wizard: the fee
 * schedule, the requirements, the visa facilitation list and the placement bans as they
 * apply on a date.
 */
@Service
public class RegulatedReads implements FeeSchedule, VisaFacilitationList, PlacementBanList {

	private final RegulatedData<FeeVersion> fees;

	private final RegulatedData<RequirementVersion> requirements;

	private final RegulatedData<VisaFacilitationVersion> visas;

	private final RegulatedData<PlacementBanVersion> bans;

	RegulatedReads(RegulatedData<FeeVersion> fees, RegulatedData<RequirementVersion> requirements,
			RegulatedData<VisaFacilitationVersion> visas, RegulatedData<PlacementBanVersion> bans) {
		this.fees = fees;
		this.requirements = requirements;
		this.visas = visas;
		this.bans = bans;
	}

	/** Today for regulated data (WIB). */
	public LocalDate today() {
		return this.fees.today();
	}

	@Override
	public List<PassportFee> feesOn(LocalDate date) {
		return this.fees.inEffectOn(date)
			.stream()
			.map(FeeVersion::toFee)
			.sorted(Comparator.comparing(PassportFee::component))
			.toList();
	}

	@Override
	public Optional<PassportFee> feeOn(FeeComponent component, LocalDate date) {
		return feesOn(date).stream().filter((fee) -> fee.component() == component).findFirst();
	}

	@Override
	public List<PassportFee> announcedAfter(LocalDate date) {
		return this.fees.startingAfter(date).stream().map(FeeVersion::toFee).toList();
	}

	/** The requirements in effect on a date, by position. */
	public List<RequirementEntry> requirementsOn(LocalDate date) {
		return this.requirements.inEffectOn(date)
			.stream()
			.map(RequirementVersion::toEntry)
			.sorted(Comparator.comparingInt(RequirementEntry::position)
				.thenComparing((entry) -> entry.document().code()))
			.toList();
	}

	@Override
	public List<VisaFacilitation> facilitationsOn(LocalDate date) {
		return this.visas.inEffectOn(date)
			.stream()
			.map(VisaFacilitationVersion::toFacilitation)
			.sorted(Comparator.comparing(VisaFacilitation::countryNameId))
			.toList();
	}

	@Override
	public List<PlacementBan> forCountry(String countryCode, LocalDate date) {
		String code = (countryCode != null) ? countryCode.strip().toUpperCase(Locale.ROOT) : "";
		return bansOn(date).stream().filter((ban) -> ban.countryCode().equals(code)).toList();
	}

	@Override
	public List<PlacementBan> bansOn(LocalDate date) {
		return this.bans.inEffectOn(date)
			.stream()
			.map(PlacementBanVersion::toBan)
			.sorted(Comparator.comparing(PlacementBan::countryNameId).thenComparing(PlacementBan::jobCode))
			.toList();
	}

}
