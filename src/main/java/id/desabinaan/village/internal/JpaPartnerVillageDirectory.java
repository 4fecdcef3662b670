package id.desabinaan.village.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;
import id.desabinaan.shared.ScopeLevel;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;

@Component
@Transactional(readOnly = true)
class JpaPartnerVillageDirectory implements PartnerVillageDirectory {

	private final PartnerVillages villages;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	JpaPartnerVillageDirectory(PartnerVillages villages, OfficeDirectory offices, RegionDirectory regions) {
		this.villages = villages;
		this.offices = offices;
		this.regions = regions;
	}

	@Override
	public Optional<PartnerVillageSummary> find(long id) {
		return this.villages.findById(id).map(this::summary);
	}

	@Override
	public Optional<PartnerVillageSummary> findByCode(RegionCode code) {
		List<PartnerVillage> designations = this.villages.findByVillageCodeOrderByIdDesc(code.value());
		return designations.stream()
			.filter((designation) -> designation.getState() != DesignationState.ENDED)
			.findFirst()
			.or(() -> designations.stream().findFirst())
			.map(this::summary);
	}

	@Override
	public List<PartnerVillageSummary> coveredBy(Scope scope) {
		return this.villages.findAllByOrderByVillageCode()
			.stream()
			.filter((designation) -> designation.getState() != DesignationState.ENDED)
			.filter((designation) -> covers(scope, designation))
			.map(this::summary)
			.sorted(Comparator.comparing((PartnerVillageSummary village) -> village.code().value()))
			.toList();
	}

	@Override
	public boolean covers(Scope scope, long id) {
		return this.villages.findById(id).map((designation) -> covers(scope, designation)).orElse(false);
	}

	private boolean covers(Scope scope, PartnerVillage designation) {
		if (scope.level() == ScopeLevel.VILLAGE) {
			return designation.getVillageCode().equals(scope.villageCode());
		}
		return this.offices.covers(scope, designation.getOfficeId());
	}

	private PartnerVillageSummary summary(PartnerVillage designation) {
		RegionCode code = RegionCode.of(designation.getVillageCode());
		Optional<RegionSummary> region = this.regions.find(code);
		return new PartnerVillageSummary(designation.getId(), code,
				region.map(RegionSummary::name).orElse(code.value()),
				region.map(RegionSummary::fullName).orElse(code.value()), designation.getOfficeId(),
				PartnerVillageSummary.Status.valueOf(designation.getState().name()));
	}

}
