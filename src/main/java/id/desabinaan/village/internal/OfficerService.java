package id.desabinaan.village.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.shared.ScopeLevel;

/**
 * PIMPASA appointments: officers (PIMPASA or OFFICE_STAFF accounts of the serving Kanim)
 * appointed by decree to partner villages, ended, and rotated to a successor. Changes are
 * for those who administer the Kanim's programme ({@link ProgrammeRights}); reads follow
 * the designation's readers. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class OfficerService {

	/** Roles an officer may have. */
	public static final Set<Role> OFFICER_ROLES = EnumSet.of(Role.PIMPASA, Role.OFFICE_STAFF);

	static final String AUDIT_APPOINTED = "OFFICER_APPOINTED";

	static final String AUDIT_ENDED = "OFFICER_APPOINTMENT_ENDED";

	static final String AUDIT_ROTATED = "OFFICERS_ROTATED";

	private final OfficerAppointments appointments;

	private final PartnerVillages villages;

	private final AccountDirectory accounts;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	private final ProgrammeRights rights;

	private final AuditLog audit;

	private final Clock clock;

	OfficerService(OfficerAppointments appointments, PartnerVillages villages, AccountDirectory accounts,
			OfficeDirectory offices, RegionDirectory regions, ProgrammeRights rights, AuditLog audit, Clock clock) {
		this.appointments = appointments;
		this.villages = villages;
		this.accounts = accounts;
		this.offices = offices;
		this.regions = regions;
		this.rights = rights;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- reads ----

	/** Every appointment to the village, newest first (history included). */
	public List<AppointmentView> appointmentsOf(CurrentUser user, long villageId) {
		PartnerVillage designation = designation(villageId);
		this.rights.requireReader(user, designation);
		return views(this.appointments.findByPartnerVillageIdOrderByStartDateDescIdDesc(villageId),
				today(designation.getOfficeId()));
	}

	/**
	 * Appointments to a partner village as the public sees them (no sign-in): those in
	 * force today, or every one with {@code all}.
	 */
	public List<PublicAppointment> publicAppointments(long villageId, boolean all) {
		PartnerVillage designation = designation(villageId);
		LocalDate today = today(designation.getOfficeId());
		return views(this.appointments.findByPartnerVillageIdOrderByStartDateDescIdDesc(villageId), today).stream()
			.filter((view) -> all || view.inForce())
			.map((view) -> new PublicAppointment(designation.getVillageCode(), view.officerName(), view.contact(),
					view.from(), view.until(), view.inForce()))
			.toList();
	}

	/** The appointment with this id, if the user may read its village. */
	public AppointmentView appointment(CurrentUser user, long appointmentId) {
		OfficerAppointment appointment = this.appointments.findById(appointmentId)
			.orElseThrow(() -> new NotFoundException("village.appointment.notFound", appointmentId));
		return appointmentsOf(user, appointment.getPartnerVillageId()).stream()
			.filter((view) -> view.id() == appointmentId)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Whether the user may appoint officers to the village and end their appointments.
	 */
	public boolean mayAppoint(CurrentUser user, long villageId) {
		PartnerVillage designation = designation(villageId);
		return this.rights.mayAdminister(user, designation.getOfficeId())
				&& designation.getState() != DesignationState.ENDED;
	}

	/** Accounts that may be appointed to the village: officers of its serving Kanim. */
	public List<AccountSummary> candidates(CurrentUser user, long villageId) {
		PartnerVillage designation = designation(villageId);
		this.rights.requireAdministrator(user, designation.getOfficeId());
		return this.accounts.staffOf(designation.getOfficeId(), OFFICER_ROLES);
	}

	/** The day it is now in the office's time zone. */
	public LocalDate today(long officeId) {
		ZoneId zone = this.offices.find(officeId)
			.map(OfficeSummary::timeZone)
			.map(ZoneId::of)
			.orElse(ZoneId.of(OfficeTime.DEFAULT_ZONE));
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * The Kanim whose officers the user sees on the officers page: his own for office
	 * staff, the chosen one (or the first he covers) for viewers and administrators.
	 */
	public List<OfficeSummary> officesFor(CurrentUser user) {
		ProgrammeRights.requireSignedIn(user);
		if (user.scope().level() == ScopeLevel.VILLAGE) {
			throw new AccessDeniedException("Village officials see officers on their village page");
		}
		return this.offices.all()
			.stream()
			.filter((office) -> office.level() == OfficeLevel.OFFICE)
			.filter((office) -> this.offices.covers(user.scope(), office.id()))
			.toList();
	}

	/** The officers of a Kanim with the villages they mentor today. */
	public OfficeOfficers officersOfOffice(CurrentUser user, long officeId) {
		OfficeSummary office = officesFor(user).stream()
			.filter((candidate) -> candidate.id() == officeId)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Office outside the account's scope"));
		LocalDate today = today(officeId);
		Map<Long, List<OfficerAppointment>> byAccount = this.appointments.inForceInOffice(officeId, today)
			.stream()
			.collect(Collectors.groupingBy(OfficerAppointment::getAccountId));
		List<AccountSummary> officers = new ArrayList<>(this.accounts.staffOf(officeId, OFFICER_ROLES));
		Set<Long> listed = officers.stream().map(AccountSummary::id).collect(Collectors.toSet());
		// a retired officer who still holds appointments must stay visible until rotated
		this.accounts.findAll(byAccount.keySet())
			.stream()
			.filter((account) -> !listed.contains(account.id()))
			.forEach(officers::add);
		List<OfficerRow> rows = officers.stream()
			.map((account) -> new OfficerRow(account.id(), account.username(), account.displayName(), account.role(),
					account.active(),
					views(byAccount.getOrDefault(account.id(), List.of()), today).stream()
						.sorted(Comparator.comparing(AppointmentView::villageCode))
						.toList()))
			.toList();
		return new OfficeOfficers(office, today, rows, this.rights.mayAdminister(user, officeId));
	}

	// ---- changes ----

	/** Appoints an officer of the serving Kanim to the village. */
	@Transactional
	public long appoint(CurrentUser user, long villageId, long accountId, AppointmentDecree decree, LocalDate start,
			String contact) {
		PartnerVillage designation = designation(villageId);
		this.rights.requireReader(user, designation);
		this.rights.requireAdministrator(user, designation.getOfficeId());
		if (designation.getState() == DesignationState.ENDED) {
			throw new RuleViolationException("village", "village.appointment.error.villageEnded");
		}
		AccountSummary officer = officer(designation.getOfficeId(), accountId, "officer");
		String publicContact = IndonesianPhone.publicContact("contact", contact);
		if (start == null) {
			throw new InvalidInputException("startDate", "village.error.required");
		}
		requireNoOverlap(villageId, accountId, start, officer);
		OfficerAppointment appointment = this.appointments.saveAndFlush(OfficerAppointment.of(villageId,
				designation.getOfficeId(), accountId, decree, start, publicContact, null));
		this.audit.record(user.getUsername(), AUDIT_APPOINTED, "village:" + designation.getVillageCode(),
				Outcome.SUCCESS, designation.getOfficeId(),
				"officer=" + officer.username() + ", sk=" + decree.number());
		return appointment.getId();
	}

	/** Ends an appointment; {@code lastDay} is its last day in force. */
	@Transactional
	public void end(CurrentUser user, long appointmentId, LocalDate lastDay, String reason) {
		OfficerAppointment appointment = this.appointments.findById(appointmentId)
			.orElseThrow(() -> new NotFoundException("village.appointment.notFound", appointmentId));
		PartnerVillage designation = designation(appointment.getPartnerVillageId());
		this.rights.requireReader(user, designation);
		this.rights.requireAdministrator(user, designation.getOfficeId());
		appointment.end(lastDay, trim(reason));
		this.appointments.saveAndFlush(appointment);
		this.audit.record(user.getUsername(), AUDIT_ENDED, "village:" + designation.getVillageCode(), Outcome.SUCCESS,
				designation.getOfficeId(),
				"officer=" + this.accounts.find(appointment.getAccountId())
					.map(AccountSummary::username)
					.orElse(String.valueOf(appointment.getAccountId())));
	}

	/**
	 * Hands every village the officer mentors on {@code date} to a successor, in one
	 * transaction: the old appointments end the day before, the successor's start that
	 * day, under the given decree or, when none is given, under each old appointment's
	 * decree.
	 * @param decree the decree of the new appointments, or {@code null} to keep the old
	 * ones
	 * @return the successor's new appointments
	 */
	@Transactional
	public List<Long> rotate(CurrentUser user, long officeId, long fromAccountId, long toAccountId, LocalDate date,
			AppointmentDecree decree, String contact) {
		this.rights.requireAdministrator(user, officeId);
		if (date == null) {
			throw new InvalidInputException("date", "village.error.required");
		}
		AccountSummary predecessor = this.accounts.find(fromAccountId)
			.orElseThrow(() -> new InvalidInputException("from", "village.rotation.error.from"));
		if (fromAccountId == toAccountId) {
			throw new InvalidInputException("to", "village.rotation.error.same");
		}
		AccountSummary successor = officer(officeId, toAccountId, "to");
		String publicContact = IndonesianPhone.publicContact("contact", contact);
		List<OfficerAppointment> handed = this.appointments.inForceOfAccount(fromAccountId, date)
			.stream()
			.filter((appointment) -> appointment.getOfficeId() == officeId)
			.toList();
		if (handed.isEmpty()) {
			throw new RuleViolationException("from", "village.rotation.error.nothing", predecessor.displayName(), date);
		}
		List<Long> created = new ArrayList<>();
		for (OfficerAppointment old : handed) {
			if (!old.getStartDate().isBefore(date)) {
				throw new RuleViolationException("date", "village.rotation.error.startsOnDate", old.getStartDate());
			}
			old.end(date.minusDays(1), "rotation");
			this.appointments.save(old);
			if (successorAlreadyMentors(old.getPartnerVillageId(), toAccountId, date, successor)) {
				continue;
			}
			AppointmentDecree newDecree = (decree != null) ? decree
					: new AppointmentDecree(old.getDecreeNumber(), old.getDecreeDate());
			created.add(this.appointments
				.save(OfficerAppointment.of(old.getPartnerVillageId(), officeId, toAccountId, newDecree, date,
						publicContact, old.getId()))
				.getId());
		}
		this.appointments.flush();
		this.audit.record(user.getUsername(), AUDIT_ROTATED, "officer:" + predecessor.username(), Outcome.SUCCESS,
				officeId, "to=" + successor.username() + ", date=" + date + ", villages=" + handed.size());
		return created;
	}

	// ---- rules and helpers ----

	/**
	 * Whether the successor is already appointed to the village from the rotation date on
	 * with no end (nothing to create); a bounded overlapping appointment is refused.
	 */
	private boolean successorAlreadyMentors(long villageId, long accountId, LocalDate date, AccountSummary successor) {
		List<OfficerAppointment> overlapping = this.appointments
			.findByPartnerVillageIdAndAccountId(villageId, accountId)
			.stream()
			.filter((appointment) -> appointment.inForceFrom(date))
			.toList();
		if (overlapping.isEmpty()) {
			return false;
		}
		if (overlapping.stream()
			.anyMatch((appointment) -> appointment.getEndDate() == null && !appointment.getStartDate().isAfter(date))) {
			return true;
		}
		throw new RuleViolationException("to", "village.appointment.error.overlap", successor.displayName());
	}

	private void requireNoOverlap(long villageId, long accountId, LocalDate start, AccountSummary officer) {
		boolean overlap = this.appointments.findByPartnerVillageIdAndAccountId(villageId, accountId)
			.stream()
			.anyMatch((appointment) -> appointment.inForceFrom(start));
		if (overlap) {
			throw new RuleViolationException("officer", "village.appointment.error.overlap", officer.displayName());
		}
	}

	/** An active PIMPASA or OFFICE_STAFF account of the Kanim, else a field error. */
	private AccountSummary officer(long officeId, long accountId, String field) {
		return this.accounts.find(accountId)
			.filter(AccountSummary::active)
			.filter((account) -> OFFICER_ROLES.contains(account.role()))
			.filter((account) -> Long.valueOf(officeId).equals(account.scope().officeId()))
			.orElseThrow(() -> new InvalidInputException(field, "village.appointment.error.notOfficer"));
	}

	private PartnerVillage designation(long id) {
		return this.villages.require(id);
	}

	private List<AppointmentView> views(List<OfficerAppointment> list, LocalDate today) {
		Map<Long, AccountSummary> names = this.accounts
			.findAll(list.stream().map(OfficerAppointment::getAccountId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		Map<Long, PartnerVillage> designations = this.villages
			.findAllById(list.stream().map(OfficerAppointment::getPartnerVillageId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PartnerVillage::getId, Function.identity()));
		return list.stream().map((appointment) -> {
			PartnerVillage village = designations.get(appointment.getPartnerVillageId());
			AccountSummary officer = names.get(appointment.getAccountId());
			return new AppointmentView(appointment.getId(), appointment.getPartnerVillageId(), village.getVillageCode(),
					villageName(village.getVillageCode()), appointment.getAccountId(), officer.displayName(),
					officer.username(), appointment.getPublicContact(), appointment.getDecreeNumber(),
					appointment.getDecreeDate(), appointment.getStartDate(), appointment.getEndDate(),
					appointment.getEndReason(), appointment.getPredecessorId() != null, appointment.inForceOn(today),
					appointment.getStartDate().isAfter(today));
		}).toList();
	}

	private String villageName(String code) {
		return this.regions.find(RegionCode.of(code)).map(RegionSummary::name).orElse(code);
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * One appointment as pages show it.
	 *
	 * @param id the appointment
	 * @param villageId the designation
	 * @param villageCode the village code
	 * @param villageName the village name
	 * @param accountId the officer's account
	 * @param officerName the officer's display name
	 * @param username the officer's sign-in name (staff pages only)
	 * @param contact the public contact channel, or {@code null}
	 * @param decreeNumber SK number
	 * @param decreeDate SK date
	 * @param from first day
	 * @param until last day, {@code null} while open
	 * @param endReason why it ended
	 * @param byRotation whether it took over another officer's appointment
	 * @param inForce whether it is in force today
	 * @param upcoming whether it starts after today
	 */
	public record AppointmentView(long id, long villageId, String villageCode, String villageName, long accountId,
			String officerName, String username, String contact, String decreeNumber, LocalDate decreeDate,
			LocalDate from, LocalDate until, String endReason, boolean byRotation, boolean inForce, boolean upcoming) {
	}

	/**
	 * An appointment as the public sees it: nothing but the officer's name and the
	 * contact entered for publication.
	 *
	 * @param villageCode the village code
	 * @param officerName the officer's display name
	 * @param contact the public contact channel, or {@code null}
	 * @param from first day
	 * @param until last day, {@code null} while open
	 * @param current whether it is in force today
	 */
	public record PublicAppointment(String villageCode, String officerName, String contact, LocalDate from,
			LocalDate until, boolean current) {
	}

	/**
	 * An officer of a Kanim with his appointments in force today.
	 *
	 * @param accountId the account
	 * @param username the sign-in name
	 * @param displayName the display name
	 * @param role PIMPASA or OFFICE_STAFF
	 * @param active whether the account is active
	 * @param appointments appointments in force today
	 */
	public record OfficerRow(long accountId, String username, String displayName, Role role, boolean active,
			List<AppointmentView> appointments) {
	}

	/**
	 * The officers page of one Kanim.
	 *
	 * @param office the Kanim
	 * @param today today in its time zone
	 * @param officers its officers
	 * @param mayRotate whether the user may rotate officers
	 */
	public record OfficeOfficers(OfficeSummary office, LocalDate today, List<OfficerRow> officers, boolean mayRotate) {
	}

}
