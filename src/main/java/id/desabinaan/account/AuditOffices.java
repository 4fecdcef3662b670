package id.desabinaan.account;

import org.springframework.stereotype.Component;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;

/**
 * Which office an audit event about an account belongs to, so that an office head sees
 * the events of his office: the Kanwil or Kanim of the scope, the serving Kanim of a
 * village, none for national accounts.
 */
@Component
class AuditOffices {

	private final OfficeDirectory offices;

	AuditOffices(OfficeDirectory offices) {
		this.offices = offices;
	}

	Long of(Scope scope) {
		return switch (scope.level()) {
			case NATIONAL -> null;
			case REGIONAL, OFFICE -> scope.officeId();
			case VILLAGE ->
				this.offices.servingOffice(RegionCode.of(scope.villageCode())).map(OfficeSummary::id).orElse(null);
		};
	}

}
