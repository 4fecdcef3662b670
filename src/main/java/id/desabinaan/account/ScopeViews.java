package id.desabinaan.account;

import org.springframework.stereotype.Component;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;

/** Names the office or village of a scope for pages. */
@Component
class ScopeViews {

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	ScopeViews(OfficeDirectory offices, RegionDirectory regions) {
		this.offices = offices;
		this.regions = regions;
	}

	ScopeView of(Scope scope) {
		String officeName = (scope.officeId() != null)
				? this.offices.find(scope.officeId()).map(OfficeSummary::name).orElse(null) : null;
		String villageName = (scope.villageCode() != null) ? this.regions.find(RegionCode.of(scope.villageCode()))
			.map(RegionSummary::fullName)
			.orElse(scope.villageCode()) : null;
		return new ScopeView(scope.level(), scope.officeId(), officeName, scope.villageCode(), villageName);
	}

}
