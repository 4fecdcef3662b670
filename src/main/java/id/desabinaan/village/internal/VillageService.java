package id.desabinaan.village.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.village.internal.DesignationView.GuestView;
import id.desabinaan.village.internal.DesignationView.HistoryEntry;
import id.desabinaan.village.internal.PartnerVillage.Decree;

/**
 * Designation of partner villages. Every staff operation takes the {@link CurrentUser}
 * and checks role and scope:
 * <ul>
 * <li>OFFICE_HEAD proposes, designates, suspends, resumes and ends villages served by his
 * own Kanim (the village's serving office); SYSTEM_ADMIN everywhere;</li>
 * <li>other staff read the designations their scope covers (a Kanim's staff its own, a
 * Kanwil viewer its Kanim's, a national viewer all);</li>
 * <li>VILLAGE_OFFICIAL reads only his own village's designation.</li>
 * </ul>
 * The head's rights extend to the staff he delegated them to ({@link ProgrammeRights}).
 * Reads outside the scope and changes by other roles are refused with
 * {@link AccessDeniedException} (403).
 */
@Service
@Transactional(readOnly = true)
public class VillageService {

	static final String AUDIT_PROPOSED = "VILLAGE_PROPOSED";

	static final String AUDIT_DESIGNATED = "VILLAGE_DESIGNATED";

	static final String AUDIT_SUSPENDED = "VILLAGE_SUSPENDED";

	static final String AUDIT_RESUMED = "VILLAGE_RESUMED";

	static final String AUDIT_ENDED = "VILLAGE_ENDED";

	private static final List<DesignationState> PUBLIC_STATES = List.of(DesignationState.DESIGNATED,
			DesignationState.SUSPENDED);

	private final PartnerVillages villages;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	private final AuditLog audit;

	private final Clock clock;

	private final ProgrammeRights rights;

	private final CriterionService criteria;

	private final OfficerAppointments appointments;

	VillageService(PartnerVillages villages, OfficeDirectory offices, RegionDirectory regions, AuditLog audit,
			Clock clock, ProgrammeRights rights, CriterionService criteria, OfficerAppointments appointments) {
		this.villages = villages;
		this.offices = offices;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
		this.rights = rights;
		this.criteria = criteria;
		this.appointments = appointments;
	}

	// ---- staff reads ----

	/** Designations the user may read, optionally of one state. */
	public List<DesignationView> listFor(CurrentUser user, DesignationState state) {
		requireSignedIn(user);
		return this.villages.findAllByOrderByVillageCode()
			.stream()
			.filter((designation) -> state == null || designation.getState() == state)
			.filter((designation) -> mayRead(user, designation))
			.map(this::view)
			.toList();
	}

	/** One designation, if the user may read it. */
	public DesignationView viewFor(CurrentUser user, long id) {
		PartnerVillage designation = designation(id);
		requireReader(user, designation);
		return view(designation);
	}

	/** What the user may do with this designation (pages show only what is allowed). */
	public Permissions permissionsFor(CurrentUser user, long id) {
		PartnerVillage designation = designation(id);
		requireReader(user, designation);
		boolean write = mayWrite(user, designation);
		DesignationState state = designation.getState();
		return new Permissions(write && state == DesignationState.PROPOSED,
				write && state == DesignationState.DESIGNATED, write && state == DesignationState.SUSPENDED,
				write && state != DesignationState.ENDED, state == DesignationState.DESIGNATED);
	}

	/**
	 * Whether the user may propose villages at all (OFFICE_HEAD, his delegates,
	 * SYSTEM_ADMIN).
	 */
	public boolean mayPropose(CurrentUser user) {
		return this.rights.administersAnyOffice(user);
	}

	/** What the certificate of a DESIGNATED designation shows. */
	public DesignationView certificateFor(CurrentUser user, long id) {
		PartnerVillage designation = designation(id);
		requireReader(user, designation);
		if (designation.getState() != DesignationState.DESIGNATED) {
			throw new NotFoundException("village.certificate.none", id);
		}
		return view(designation);
	}

	// ---- changes ----

	/** Proposes a village of the head's working area (or anywhere, SYSTEM_ADMIN). */
	@Transactional
	public long propose(CurrentUser user, String villageCode, Collection<String> criteria, String otherCriterion,
			String note) {
		if (!mayPropose(user)) {
			throw new AccessDeniedException("Only an office head, his delegates or an administrator propose villages");
		}
		if (villageCode == null || !RegionCode.isValid(villageCode)) {
			throw new InvalidInputException("village", "village.error.village.required");
		}
		RegionCode code = RegionCode.of(villageCode);
		RegionSummary region = this.regions.find(code)
			.filter((found) -> found.level() == RegionLevel.VILLAGE)
			.orElseThrow(() -> new InvalidInputException("village", "village.error.notVillage", villageCode));
		OfficeSummary office = this.offices.servingOffice(code)
			.orElseThrow(() -> new RuleViolationException("village", "village.error.noOffice", region.fullName()));
		if (!user.hasRole(Role.SYSTEM_ADMIN) && !ProgrammeRights.isOwnOffice(user, office.id())) {
			throw new RuleViolationException("village", "village.error.outsideArea", region.fullName());
		}
		this.criteria.requireChoosable(criteria);
		if (this.villages.existsByVillageCodeAndStateNot(code.value(), DesignationState.ENDED)) {
			throw new RuleViolationException("village", "village.error.alreadyOpen", region.fullName());
		}
		PartnerVillage designation = PartnerVillage.propose(code, office.id(), criteria, otherCriterion, note,
				user.getUsername(), this.clock.instant());
		designation = save(designation);
		record(user, AUDIT_PROPOSED, designation, null);
		return designation.getId();
	}

	/** Records the decree: the village becomes a partner village. */
	@Transactional
	public void designate(CurrentUser user, long id, Decree decree) {
		PartnerVillage designation = writable(user, id);
		designation.designate(decree, user.getUsername(), this.clock.instant());
		save(designation);
		record(user, AUDIT_DESIGNATED, designation, designation.getDecreeNumber());
	}

	@Transactional
	public void suspend(CurrentUser user, long id, String reason, LocalDate date) {
		PartnerVillage designation = writable(user, id);
		designation.suspend(reason, date, user.getUsername(), this.clock.instant());
		save(designation);
		record(user, AUDIT_SUSPENDED, designation, null);
	}

	@Transactional
	public void resume(CurrentUser user, long id, String reason) {
		PartnerVillage designation = writable(user, id);
		designation.resume(reason, user.getUsername(), this.clock.instant());
		save(designation);
		record(user, AUDIT_RESUMED, designation, null);
	}

	/**
	 * Ends a designation; the officers' appointments still open end with it (on the
	 * closing date, or the day they started if that is later).
	 */
	@Transactional
	public void end(CurrentUser user, long id, String reason, LocalDate date) {
		PartnerVillage designation = writable(user, id);
		designation.end(reason, date, user.getUsername(), this.clock.instant());
		save(designation);
		for (OfficerAppointment appointment : this.appointments.findByPartnerVillageIdAndEndDateIsNull(id)) {
			appointment.end(date.isBefore(appointment.getStartDate()) ? appointment.getStartDate() : date,
					"designation ended");
		}
		record(user, AUDIT_ENDED, designation, null);
	}

	// ---- public reads ----

	/**
	 * Partner villages the public sees (DESIGNATED and SUSPENDED), optionally of one
	 * province ({@code PP}), kabupaten/kota ({@code PP.KK}) or office.
	 */
	public List<DesignationView> publicList(String province, String regency, Long officeId) {
		String prefix = (regency != null && !regency.isBlank()) ? regency.strip() + "."
				: (province != null && !province.isBlank()) ? province.strip() + "." : "";
		return this.villages.findByStateInOrderByVillageCode(PUBLIC_STATES)
			.stream()
			.filter((designation) -> designation.getVillageCode().startsWith(prefix))
			.filter((designation) -> officeId == null || designation.getOfficeId() == officeId)
			.map(this::view)
			.toList();
	}

	/** The public partner village with this code (DESIGNATED or SUSPENDED). */
	public DesignationView publicVillage(String regionCode) {
		return this.villages.findByVillageCodeOrderByIdDesc(regionCode)
			.stream()
			.filter((designation) -> designation.getState().isPublic())
			.findFirst()
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("village.notFound", regionCode));
	}

	/**
	 * Every designation of the village that was ever decreed (proposals that never were
	 * stay internal), newest first; 404 if there is none.
	 */
	public List<DesignationView> publicDesignations(String regionCode) {
		List<DesignationView> decreed = this.villages.findByVillageCodeOrderByIdDesc(regionCode)
			.stream()
			.filter((designation) -> designation.getDecreeNumber() != null)
			.map(this::view)
			.toList();
		if (decreed.isEmpty()) {
			throw new NotFoundException("village.notFound", regionCode);
		}
		return decreed;
	}

	/**
	 * The open designation (proposed, designated or suspended) of the village, for
	 * changes by program; 404 if there is none.
	 */
	public long openDesignation(String regionCode) {
		return this.villages.findByVillageCodeOrderByIdDesc(regionCode)
			.stream()
			.filter((designation) -> designation.getState() != DesignationState.ENDED)
			.findFirst()
			.map(PartnerVillage::getId)
			.orElseThrow(() -> new NotFoundException("village.notFound", regionCode));
	}

	/** The designation behind a certificate's verification code, if it was designated. */
	public Optional<DesignationView> verify(String code) {
		if (!VerificationCodes.isWellFormed(code)) {
			return Optional.empty();
		}
		return this.villages.findByVerificationCode(code)
			.filter((designation) -> designation.getDecreeNumber() != null)
			.map(this::view);
	}

	// ---- rules and helpers ----

	private PartnerVillage writable(CurrentUser user, long id) {
		PartnerVillage designation = designation(id);
		requireReader(user, designation);
		this.rights.requireAdministrator(user, designation.getOfficeId());
		return designation;
	}

	private boolean mayWrite(CurrentUser user, PartnerVillage designation) {
		return this.rights.mayAdminister(user, designation.getOfficeId());
	}

	private boolean mayRead(CurrentUser user, PartnerVillage designation) {
		return this.rights.mayRead(user, designation);
	}

	private void requireReader(CurrentUser user, PartnerVillage designation) {
		this.rights.requireReader(user, designation);
	}

	private static void requireSignedIn(CurrentUser user) {
		ProgrammeRights.requireSignedIn(user);
	}

	private PartnerVillage save(PartnerVillage designation) {
		try {
			return this.villages.saveAndFlush(designation);
		}
		catch (DataIntegrityViolationException ex) {
			// two heads proposing the same village at once: the database keeps the rule
			throw new RuleViolationException("village", "village.error.alreadyOpen", designation.getVillageCode());
		}
	}

	private void record(CurrentUser user, String action, PartnerVillage designation, String detail) {
		this.audit.record(user.getUsername(), action, "village:" + designation.getVillageCode(), Outcome.SUCCESS,
				designation.getOfficeId(), detail);
	}

	private PartnerVillage designation(long id) {
		return this.villages.require(id);
	}

	DesignationView view(PartnerVillage designation) {
		Optional<RegionSummary> region = this.regions.find(RegionCode.of(designation.getVillageCode()));
		Optional<OfficeSummary> office = this.offices.find(designation.getOfficeId());
		return new DesignationView(designation.getId(), designation.getVillageCode(),
				region.map(RegionSummary::name).orElse(designation.getVillageCode()),
				region.map(RegionSummary::fullName).orElse(designation.getVillageCode()), designation.getOfficeId(),
				office.map(OfficeSummary::code).orElse(null), office.map(OfficeSummary::name).orElse(null),
				designation.getState(), criteria(designation.getCriteria()), designation.getOtherCriterion(),
				designation.getNote(), designation.getDecreeNumber(), designation.getDecreeDate(),
				designation.getSigningOfficial(), designation.getCeremonyDate(), designation.getCeremonyPlace(),
				designation.getGuests()
					.stream()
					.map((guest) -> new GuestView(guest.getName(), guest.getInstitution()))
					.toList(),
				designation.getClosingReason(), designation.getClosingDate(), designation.getVerificationCode(),
				designation.getHistory()
					.stream()
					.map((change) -> new HistoryEntry(change.getChangedAt(), change.getChangedBy(),
							change.getFromState(), change.getToState(), change.getReason()))
					.toList(),
				office.map(OfficeSummary::timeZone).orElse(OfficeTime.DEFAULT_ZONE));
	}

	private List<CriterionView> criteria(Collection<String> codes) {
		Map<String, CriterionView> known = this.criteria.byCode(codes);
		return codes.stream()
			.map((code) -> known.getOrDefault(code,
					new CriterionView(code, code, code, Integer.MAX_VALUE, false, false)))
			.sorted(Comparator.comparingInt(CriterionView::position).thenComparing(CriterionView::code))
			.toList();
	}

	/**
	 * What a user may do with one designation.
	 *
	 * @param designate record the decree
	 * @param suspend suspend it
	 * @param resume lift the suspension
	 * @param end end it
	 * @param certificate the certificate can be printed
	 */
	public record Permissions(boolean designate, boolean suspend, boolean resume, boolean end, boolean certificate) {
	}

}
