package id.desabinaan.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.platform.SupportedLocales;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.shared.Scope;
import id.desabinaan.shared.ScopeLevel;

/**
 * Account administration. SYSTEM_ADMIN manages every account. An OFFICE_HEAD manages the
 * staff accounts of his own Kanim (INTEL_ANALYST, PIMPASA, OFFICE_STAFF) and the village
 * officials of villages in his Kanim's working area. Everyone else is refused (403). An
 * account outside the caller's reach is not found (404), so that its existence is not
 * revealed.
 */
@Service
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICE_HEAD')")
public class AccountAdministration {

	/** The roles an office head gives to his Kanim's staff. */
	static final Set<Role> OFFICE_STAFF_ROLES = Set.of(Role.INTEL_ANALYST, Role.PIMPASA, Role.OFFICE_STAFF);

	private final Accounts accounts;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final AuditOffices auditOffices;

	private final ScopeViews scopeViews;

	private final Clock clock;

	AccountAdministration(Accounts accounts, OfficeDirectory offices, RegionDirectory regions,
			PasswordEncoder passwordEncoder, AuditLog auditLog, AuditOffices auditOffices, ScopeViews scopeViews,
			Clock clock) {
		this.accounts = accounts;
		this.offices = offices;
		this.regions = regions;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.auditOffices = auditOffices;
		this.scopeViews = scopeViews;
		this.clock = clock;
	}

	/**
	 * What the caller may choose on the account form.
	 *
	 * @param roles the roles he may give
	 * @param offices the Kanwil and Kanim he may choose
	 */
	public record Choices(List<Role> roles, List<OfficeSummary> offices) {
	}

	@Transactional(readOnly = true)
	public Choices choices(CurrentUser actor) {
		if (actor.hasRole(Role.SYSTEM_ADMIN)) {
			List<OfficeSummary> scopeOffices = this.offices.all()
				.stream()
				.filter((office) -> office.level() == OfficeLevel.REGIONAL || office.level() == OfficeLevel.OFFICE)
				.toList();
			return new Choices(List.of(Role.values()), scopeOffices);
		}
		List<Role> roles = List.of(Role.INTEL_ANALYST, Role.PIMPASA, Role.OFFICE_STAFF, Role.VILLAGE_OFFICIAL);
		return new Choices(roles, this.offices.find(actor.scope().officeId()).stream().toList());
	}

	/** The accounts the caller manages, by username. */
	@Transactional(readOnly = true)
	public Page<AccountView> list(CurrentUser actor, Pageable pageable) {
		if (actor.hasRole(Role.SYSTEM_ADMIN)) {
			return this.accounts.findAllByOrderByUsername(pageable).map(this::view);
		}
		long kanim = actor.scope().officeId();
		Set<String> regencies = this.offices.workingArea(kanim);
		return this.accounts
			.findInOfficeOrRegencies(kanim, OFFICE_STAFF_ROLES, regencies.isEmpty() ? Set.of("--") : regencies,
					ScopeLevel.VILLAGE, pageable)
			.map(this::view);
	}

	@Transactional(readOnly = true)
	public AccountView get(CurrentUser actor, long id) {
		return view(managed(actor, id));
	}

	/**
	 * Creates an account with the password its creator chose.
	 * @return the new account's id
	 * @throws AccessDeniedException when the caller may not give this role and scope
	 */
	@Transactional
	public long create(CurrentUser actor, AccountDraft draft) {
		requireRole(draft.role());
		Scope scope = scopeFor(actor, draft.role(), draft.officeId(), draft.villageCode());
		requireManageable(actor, draft.role(), scope);
		return insert(actor, draft, scope);
	}

	/**
	 * Creates a VILLAGE_OFFICIAL account for a village of a Kanim's working area, for a
	 * staff member of that Kanim to whom its head delegated the programme. The calling
	 * module (village) has checked the delegation; this method checks that the actor is
	 * of that Kanim (or SYSTEM_ADMIN) and the village in its working area, then creates
	 * and audits the account as {@link #create} does.
	 * @return the new account's id
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long createVillageOfficial(CurrentUser actor, long officeId, AccountDraft draft) {
		if (draft.role() != Role.VILLAGE_OFFICIAL) {
			throw new InvalidInputException("role", "account.role.required");
		}
		if (!actor.hasRole(Role.SYSTEM_ADMIN) && !Objects.equals(actor.scope().officeId(), officeId)) {
			throw new AccessDeniedException("Village officials of another Kanim's working area");
		}
		Scope scope = Scope.village(village(draft.villageCode()));
		if (!this.offices.covers(Scope.office(officeId), RegionCode.of(scope.villageCode()))) {
			throw new InvalidInputException("villageCode", "account.village.outsideArea", scope.villageCode());
		}
		return insert(actor, draft, scope);
	}

	private long insert(CurrentUser actor, AccountDraft draft, Scope scope) {
		String username = Account.normalize(draft.username())
			.orElseThrow(() -> new InvalidInputException("username", "account.username.invalid"));
		if (!StringUtils.hasText(draft.displayName())) {
			throw new InvalidInputException("displayName", "account.displayName.required");
		}
		if (!PasswordPolicy.isStrong(draft.initialPassword())) {
			throw new InvalidInputException("initialPassword", "account.password.weak.plain");
		}
		if (this.accounts.existsByUsername(username)) {
			throw new RuleViolationException("username", "account.username.taken", username);
		}
		Account account;
		try {
			account = this.accounts.saveAndFlush(new Account(username, draft.displayName().strip(),
					this.passwordEncoder.encode(draft.initialPassword()), draft.role(), scope, language(draft)));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("username", "account.username.taken", username);
		}
		this.auditLog.record(actor.getUsername(), AuditActions.ACCOUNT_CREATED, username, Outcome.SUCCESS,
				this.auditOffices.of(scope), "role=" + draft.role());
		return account.id();
	}

	/**
	 * Changes name, role and scope, retires or reactivates, unlocks, turns TOTP off (a
	 * lost phone), or sets a new password. Nobody changes his own role, scope or activity
	 * (so that the last administrator cannot lock himself out).
	 */
	@Transactional
	public void update(CurrentUser actor, long id, AccountChange change) {
		Account account = managed(actor, id);
		requireRole(change.role());
		Scope scope = scopeFor(actor, change.role(), change.officeId(), change.villageCode());
		requireManageable(actor, change.role(), scope);
		Role oldRole = account.role();
		Scope oldScope = account.scope();
		boolean self = account.id() == actor.accountId();
		if (self && (oldRole != change.role() || !oldScope.equals(scope) || !change.active())) {
			throw new RuleViolationException("role", "account.self.noChange");
		}
		if (!StringUtils.hasText(change.displayName())) {
			throw new InvalidInputException("displayName", "account.displayName.required");
		}
		boolean resetPassword = StringUtils.hasText(change.newPassword());
		if (resetPassword && !PasswordPolicy.isStrong(change.newPassword())) {
			throw new InvalidInputException("newPassword", "account.password.weak.plain");
		}
		Long auditOffice = this.auditOffices.of(scope);
		account.rename(change.displayName().strip());
		if (oldRole != change.role() || !oldScope.equals(scope)) {
			account.assign(change.role(), scope);
		}
		if (oldRole != change.role()) {
			audit(actor, AuditActions.ROLE_CHANGED, account, auditOffice, "from=" + oldRole + ", to=" + change.role());
		}
		if (!oldScope.equals(scope)) {
			audit(actor, AuditActions.ACCOUNT_CHANGED, account, auditOffice, "scope");
		}
		if (account.isActive() && !change.active()) {
			account.retire(this.clock.instant());
			audit(actor, AuditActions.ACCOUNT_CHANGED, account, auditOffice, "retired");
		}
		else if (!account.isActive() && change.active()) {
			account.reactivate();
			audit(actor, AuditActions.ACCOUNT_CHANGED, account, auditOffice, "reactivated");
		}
		if (change.unlock() && account.isLockedAt(this.clock.instant())) {
			account.unlock();
			audit(actor, AuditActions.ACCOUNT_CHANGED, account, auditOffice, "unlocked");
		}
		if (change.resetTotp() && account.isTotpEnabled()) {
			account.disableTotp();
			audit(actor, AuditActions.TOTP_DISABLED, account, auditOffice, "reset by administrator");
		}
		if (resetPassword) {
			account.changePassword(this.passwordEncoder.encode(change.newPassword()));
			account.unlock();
			audit(actor, AuditActions.PASSWORD_RESET, account, auditOffice, null);
		}
	}

	private void audit(CurrentUser actor, String action, Account account, Long officeId, String detail) {
		this.auditLog.record(actor.getUsername(), action, account.username(), Outcome.SUCCESS, officeId, detail);
	}

	private Account managed(CurrentUser actor, long id) {
		return this.accounts.findById(id)
			.filter((account) -> mayManage(actor, account.role(), account.scope()))
			.orElseThrow(() -> new NotFoundException("account.notFound", id));
	}

	private void requireManageable(CurrentUser actor, Role role, Scope scope) {
		if (!mayManage(actor, role, scope)) {
			throw new AccessDeniedException("Outside the caller's administration rights");
		}
	}

	private boolean mayManage(CurrentUser actor, Role role, Scope scope) {
		if (actor.hasRole(Role.SYSTEM_ADMIN)) {
			return true;
		}
		if (!actor.hasRole(Role.OFFICE_HEAD)) {
			return false;
		}
		if (role == Role.VILLAGE_OFFICIAL) {
			return this.offices.covers(actor.scope(), RegionCode.of(scope.villageCode()));
		}
		return OFFICE_STAFF_ROLES.contains(role) && Objects.equals(scope.officeId(), actor.scope().officeId());
	}

	private static void requireRole(Role role) {
		if (role == null) {
			throw new InvalidInputException("role", "account.role.required");
		}
	}

	/**
	 * The scope a role gets from the form's office or village, checked against the office
	 * hierarchy and the region list. Mistakes a person can make on the form are field
	 * errors; a scope the caller may not give is a 403 afterwards.
	 */
	private Scope scopeFor(CurrentUser actor, Role role, Long officeId, String villageCode) {
		return switch (role.scopeLevel()) {
			case NATIONAL -> Scope.national();
			case REGIONAL -> Scope.regional(office(officeId, OfficeLevel.REGIONAL, "account.office.notKanwil"));
			case OFFICE -> Scope.office(office(officeId, OfficeLevel.OFFICE, "account.office.notKanim"));
			case VILLAGE -> {
				Scope scope = Scope.village(village(villageCode));
				if (actor.hasRole(Role.OFFICE_HEAD)
						&& !this.offices.covers(actor.scope(), RegionCode.of(scope.villageCode()))) {
					throw new InvalidInputException("villageCode", "account.village.outsideArea", scope.villageCode());
				}
				yield scope;
			}
		};
	}

	private long office(Long officeId, OfficeLevel level, String messageCode) {
		if (officeId == null) {
			throw new InvalidInputException("officeId", "account.office.required");
		}
		return this.offices.find(officeId)
			.filter((office) -> office.level() == level)
			.map(OfficeSummary::id)
			.orElseThrow(() -> new InvalidInputException("officeId", messageCode));
	}

	private String village(String villageCode) {
		String code = (villageCode != null) ? villageCode.strip() : "";
		if (!RegionCode.isValid(code) || RegionCode.of(code).depth() != 4) {
			throw new InvalidInputException("villageCode", "account.village.invalid", code);
		}
		return this.regions.find(RegionCode.of(code))
			.filter((region) -> region.level() == RegionLevel.VILLAGE)
			.map((region) -> region.code())
			.orElseThrow(() -> new InvalidInputException("villageCode", "account.village.unknown", code));
	}

	private static Locale language(AccountDraft draft) {
		return SupportedLocales.of(draft.language());
	}

	private AccountView view(Account account) {
		return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
				this.scopeViews.of(account.scope()), account.preferredLanguage(), account.isActive(),
				account.isLockedAt(this.clock.instant()), account.isTotpEnabled(), account.getCreatedAt());
	}

}
