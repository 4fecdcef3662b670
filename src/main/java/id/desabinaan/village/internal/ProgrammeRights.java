package id.desabinaan.village.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.ScopeLevel;

/**
 * Who reads and who administers the programme of a Kanim (designations, officers,
 * liaisons). Readers: staff whose scope covers the office, a village official for his own
 * village. Administrators: SYSTEM_ADMIN everywhere and the OFFICE_HEAD of the Kanim.
 */
@Component
class ProgrammeRights {

	private final OfficeDirectory offices;

	ProgrammeRights(OfficeDirectory offices) {
		this.offices = offices;
	}

	/** Whether the user may change the programme of this Kanim. */
	boolean mayAdminister(CurrentUser user, long officeId) {
		if (user == null) {
			return false;
		}
		return user.hasRole(Role.SYSTEM_ADMIN) || (user.hasRole(Role.OFFICE_HEAD) && isOwnOffice(user, officeId));
	}

	/** Whether the user may read the designation (and what hangs on it). */
	boolean mayRead(CurrentUser user, PartnerVillage designation) {
		if (user == null) {
			return false;
		}
		if (user.scope().level() == ScopeLevel.VILLAGE) {
			return designation.getVillageCode().equals(user.scope().villageCode());
		}
		return this.offices.covers(user.scope(), designation.getOfficeId());
	}

	void requireReader(CurrentUser user, PartnerVillage designation) {
		requireSignedIn(user);
		if (!mayRead(user, designation)) {
			throw new AccessDeniedException("Designation outside the account's scope");
		}
	}

	void requireAdministrator(CurrentUser user, long officeId) {
		requireSignedIn(user);
		if (!mayAdminister(user, officeId)) {
			throw new AccessDeniedException("Only the head of the serving Kanim, his delegates or an administrator");
		}
	}

	static void requireSignedIn(CurrentUser user) {
		if (user == null) {
			throw new AccessDeniedException("Sign in first");
		}
	}

	static boolean isOwnOffice(CurrentUser user, long officeId) {
		return user.scope().level() == ScopeLevel.OFFICE && Long.valueOf(officeId).equals(user.scope().officeId());
	}

}
