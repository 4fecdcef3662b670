package id.desabinaan.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.ScopeLevel;
import id.desabinaan.village.Mentoring;
import id.desabinaan.village.PartnerVillageDirectory;
import id.desabinaan.village.PartnerVillageSummary;

/**
 * Who may read and record activities where:
 * <ul>
 * <li>VILLAGE_OFFICIAL: his own village, read and record;</li>
 * <li>PIMPASA: the villages he mentors today, read and record;</li>
 * <li>OFFICE_HEAD, OFFICE_STAFF, INTEL_ANALYST: the villages their Kanim serves, read and
 * record;</li>
 * <li>REGIONAL_VIEWER, NATIONAL_VIEWER: their territory, read only;</li>
 * <li>SYSTEM_ADMIN: everything.</li>
 * </ul>
 */
@Component
class ActivityAccess {

	private final OfficeDirectory offices;

	private final PartnerVillageDirectory villages;

	private final Mentoring mentoring;

	private final Clock clock;

	ActivityAccess(OfficeDirectory offices, PartnerVillageDirectory villages, Mentoring mentoring, Clock clock) {
		this.offices = offices;
		this.villages = villages;
		this.mentoring = mentoring;
		this.clock = clock;
	}

	boolean mayRead(CurrentUser user, long officeId, long villageId, String villageCode) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.SYSTEM_ADMIN)) {
			return true;
		}
		if (user.scope().level() == ScopeLevel.VILLAGE) {
			return villageCode.equals(user.scope().villageCode());
		}
		if (user.hasRole(Role.PIMPASA)) {
			return mentors(user, villageId);
		}
		return this.offices.covers(user.scope(), officeId);
	}

	boolean mayWrite(CurrentUser user, long officeId, long villageId, String villageCode) {
		return user != null && !user.role().readOnly() && mayRead(user, officeId, villageId, villageCode);
	}

	/** Whether the user may record activities at all (somewhere). */
	boolean mayRecordSomewhere(CurrentUser user) {
		return user != null && !user.role().readOnly();
	}

	/** Open partner villages the user may record activities in. */
	List<PartnerVillageSummary> villagesToRecord(CurrentUser user) {
		if (!mayRecordSomewhere(user)) {
			return List.of();
		}
		return villagesToRead(user).stream()
			.filter(ActivityAccess::open)
			.filter((village) -> mayWrite(user, village.officeId(), village.id(), village.code().value()))
			.toList();
	}

	/** Open partner villages whose activities the user may read. */
	List<PartnerVillageSummary> villagesToRead(CurrentUser user) {
		if (user == null) {
			return List.of();
		}
		return this.villages.coveredBy(user.scope())
			.stream()
			.filter((village) -> mayRead(user, village.officeId(), village.id(), village.code().value()))
			.toList();
	}

	/** New activities only in villages where the programme runs or is being prepared. */
	static boolean open(PartnerVillageSummary village) {
		return village.status() == PartnerVillageSummary.Status.DESIGNATED
				|| village.status() == PartnerVillageSummary.Status.PROPOSED;
	}

	/** The activities the user may read, as a query condition. */
	Specification<Activity> readable(CurrentUser user) {
		if (user.hasRole(Role.SYSTEM_ADMIN) || user.scope().level() == ScopeLevel.NATIONAL) {
			return (root, query, cb) -> cb.conjunction();
		}
		if (user.scope().level() == ScopeLevel.VILLAGE) {
			String code = user.scope().villageCode();
			return (root, query, cb) -> cb.equal(root.get("villageCode"), code);
		}
		if (user.hasRole(Role.PIMPASA)) {
			Set<Long> mentored = mentoredVillages(user);
			return (root, query, cb) -> mentored.isEmpty() ? cb.disjunction()
					: root.get("partnerVillageId").in(mentored);
		}
		Set<Long> officeIds = this.offices.selfAndDescendants(user.scope().officeId());
		return (root, query, cb) -> root.get("officeId").in(officeIds);
	}

	private boolean mentors(CurrentUser user, long villageId) {
		return this.mentoring.mentors(user.accountId(), villageId, today(user));
	}

	/** The villages a PIMPASA is appointed to today. */
	Set<Long> mentoredVillages(CurrentUser user) {
		return this.mentoring.villagesOf(user.accountId(), today(user));
	}

	/** Today in the user's office time zone (appointments run by whole days). */
	LocalDate today(CurrentUser user) {
		ZoneId zone = (user.scope().officeId() != null) ? new OfficeZones(this.offices).zone(user.scope().officeId())
				: OfficeZones.DEFAULT_ZONE;
		return LocalDate.now(this.clock.withZone(zone));
	}

}
