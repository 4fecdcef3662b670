package id.desabinaan.village.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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
import id.desabinaan.shared.ScopeLevel;
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
 * Delegation of the head's rights to staff is not part of this slice. Reads outside the
 * scope and changes by other roles are refused with {@link AccessDeniedException} (403).
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

	VillageService(PartnerVillages villages, OfficeDirectory offices, RegionDirectory regions, AuditLog audit,
			Clock clock) {
		this.villages = villages;
		this.offices = offices;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
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

	/** Whether the user may propose villages at all (OFFICE_HEAD, SYSTEM_ADMIN). */
	public boolean mayPropose(CurrentUser user) {
		return user != null && user.hasRole(Role.OFFICE_HEAD, Role.SYSTEM_ADMIN);
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
	public long propose(CurrentUser user, String villageCode, Collection<SelectionCriterion> criteria,
			String otherCriterion, String note) {
		if (!mayPropose(user)) {
			throw new AccessDeniedException("Only an office head or an administrator proposes partner villages");
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
		if (!user.hasRole(Role.SYSTEM_ADMIN) && !isOwnOffice(user, office.id())) {
			throw new RuleViolationException("village", "village.error.outsideArea", region.fullName());
		}
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

	@Transactional
	public void end(CurrentUser user, long id, String reason, LocalDate date) {
		PartnerVillage designation = writable(user, id);
		designation.end(reason, date, user.getUsername(), this.clock.instant());
		save(designation);
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
		if (!mayWrite(user, designation)) {
			throw new AccessDeniedException("Only the head of the serving Kanim or an administrator changes this");
		}
		return designation;
	}

	private boolean mayWrite(CurrentUser user, PartnerVillage designation) {
		return user.hasRole(Role.SYSTEM_ADMIN)
				|| (user.hasRole(Role.OFFICE_HEAD) && isOwnOffice(user, designation.getOfficeId()));
	}

	private static boolean isOwnOffice(CurrentUser user, long officeId) {
		return user.scope().level() == ScopeLevel.OFFICE && Long.valueOf(officeId).equals(user.scope().officeId());
	}

	private boolean mayRead(CurrentUser user, PartnerVillage designation) {
		if (user.scope().level() == ScopeLevel.VILLAGE) {
			return designation.getVillageCode().equals(user.scope().villageCode());
		}
		return this.offices.covers(user.scope(), designation.getOfficeId());
	}

	private void requireReader(CurrentUser user, PartnerVillage designation) {
		requireSignedIn(user);
		if (!mayRead(user, designation)) {
			throw new AccessDeniedException("Designation outside the account's scope");
		}
	}

	private static void requireSignedIn(CurrentUser user) {
		if (user == null) {
			throw new AccessDeniedException("Sign in first");
		}
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
		return this.villages.findById(id).orElseThrow(() -> new NotFoundException("village.designation.notFound", id));
	}

	DesignationView view(PartnerVillage designation) {
		Optional<RegionSummary> region = this.regions.find(RegionCode.of(designation.getVillageCode()));
		Optional<OfficeSummary> office = this.offices.find(designation.getOfficeId());
		return new DesignationView(designation.getId(), designation.getVillageCode(),
				region.map(RegionSummary::name).orElse(designation.getVillageCode()),
				region.map(RegionSummary::fullName).orElse(designation.getVillageCode()), designation.getOfficeId(),
				office.map(OfficeSummary::code).orElse(null), office.map(OfficeSummary::name).orElse(null),
				designation.getState(), designation.getCriteria(), designation.getOtherCriterion(),
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
					.toList());
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
