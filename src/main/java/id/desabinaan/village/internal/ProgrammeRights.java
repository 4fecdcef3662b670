package id.desabinaan.village.internal;

import java.util.EnumSet;
import java.util.Set;

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

	/** The roles a head may delegate the programme to. */
	static final Set<Role> DELEGABLE_ROLES = EnumSet.of(Role.OFFICE_STAFF, Role.PIMPASA);

	private final OfficeDirectory offices;

	private final ProgrammeDelegations delegations;

	ProgrammeRights(OfficeDirectory offices, ProgrammeDelegations delegations) {
		this.offices = offices;
		this.delegations = delegations;
	}

	/** Whether the user may change the programme of this Kanim. */
	boolean mayAdminister(CurrentUser user, long officeId) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.SYSTEM_ADMIN)) {
			return true;
		}
		if (!isOwnOffice(user, officeId)) {
			return false;
		}
		return user.hasRole(Role.OFFICE_HEAD) || isDelegate(user, officeId);
	}

	/** Whether the head of this (his own) Kanim delegated the programme to the user. */
	boolean isDelegate(CurrentUser user, long officeId) {
		return DELEGABLE_ROLES.contains(user.role()) && isOwnOffice(user, officeId)
				&& this.delegations.existsByAccountIdAndOfficeIdAndRevokedAtIsNull(user.accountId(), officeId);
	}

	/**
	 * Whether the user administers the programme of his own Kanim (or, SYSTEM_ADMIN, of
	 * any): whether pages offer him the proposal of a village.
	 */
	boolean administersAnyOffice(CurrentUser user) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.SYSTEM_ADMIN)) {
			return true;
		}
		return user.scope().level() == ScopeLevel.OFFICE && mayAdminister(user, user.scope().officeId());
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
