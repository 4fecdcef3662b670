package id.desabinaan.village.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
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
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * Delegation of a Kanim's programme administration: its OFFICE_HEAD (or SYSTEM_ADMIN)
 * grants and revokes the right to OFFICE_STAFF and PIMPASA accounts of the office.
 * Audited; revoked delegations stay as history.
 */
@Service
@Transactional(readOnly = true)
public class DelegationService {

	static final String AUDIT_GRANTED = "PROGRAMME_DELEGATED";

	static final String AUDIT_REVOKED = "PROGRAMME_DELEGATION_REVOKED";

	private final ProgrammeDelegations delegations;

	private final AccountDirectory accounts;

	private final OfficeDirectory offices;

	private final AuditLog audit;

	private final Clock clock;

	DelegationService(ProgrammeDelegations delegations, AccountDirectory accounts, OfficeDirectory offices,
			AuditLog audit, Clock clock) {
		this.delegations = delegations;
		this.accounts = accounts;
		this.offices = offices;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the user manages delegations at all (office heads and SYSTEM_ADMIN). */
	public boolean mayManage(CurrentUser user) {
		return user != null && user.hasRole(Role.OFFICE_HEAD, Role.SYSTEM_ADMIN);
	}

	/** The Kanim whose delegations the user manages: his own, or any for SYSTEM_ADMIN. */
	public List<OfficeSummary> officesFor(CurrentUser user) {
		requireManager(user);
		return this.offices.all()
			.stream()
			.filter((office) -> office.level() == OfficeLevel.OFFICE)
			.filter((office) -> user.hasRole(Role.SYSTEM_ADMIN) || ProgrammeRights.isOwnOffice(user, office.id()))
			.toList();
	}

	/**
	 * The delegation page of one Kanim: its staff who may be delegates, and the history.
	 */
	public Delegations of(CurrentUser user, long officeId) {
		OfficeSummary office = managedOffice(user, officeId);
		List<ProgrammeDelegation> history = this.delegations.findByOfficeIdOrderByGrantedAtDescIdDesc(officeId);
		Set<Long> inForce = history.stream()
			.filter(ProgrammeDelegation::isInForce)
			.map(ProgrammeDelegation::getAccountId)
			.collect(Collectors.toSet());
		List<AccountSummary> staff = this.accounts.staffOf(officeId, ProgrammeRights.DELEGABLE_ROLES);
		Map<Long, AccountSummary> names = this.accounts
			.findAll(history.stream().map(ProgrammeDelegation::getAccountId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		return new Delegations(office,
				staff.stream()
					.map((account) -> new Candidate(account.id(), account.username(), account.displayName(),
							account.role(), inForce.contains(account.id())))
					.toList(),
				history.stream()
					.map((delegation) -> new DelegationView(delegation.getId(), delegation.getAccountId(),
							names.get(delegation.getAccountId()).displayName(),
							names.get(delegation.getAccountId()).username(), delegation.getGrantedAt(),
							delegation.getGrantedBy(), delegation.getRevokedAt(), delegation.getRevokedBy()))
					.toList());
	}

	@Transactional
	public long grant(CurrentUser user, long officeId, long accountId) {
		managedOffice(user, officeId);
		AccountSummary account = this.accounts.find(accountId)
			.filter(AccountSummary::active)
			.filter((candidate) -> ProgrammeRights.DELEGABLE_ROLES.contains(candidate.role()))
			.filter((candidate) -> Long.valueOf(officeId).equals(candidate.scope().officeId()))
			.orElseThrow(() -> new InvalidInputException("accountId", "village.delegation.error.notStaff"));
		if (this.delegations.existsByAccountIdAndOfficeIdAndRevokedAtIsNull(accountId, officeId)) {
			throw new RuleViolationException("accountId", "village.delegation.error.already", account.displayName());
		}
		ProgrammeDelegation delegation;
		try {
			delegation = this.delegations
				.saveAndFlush(ProgrammeDelegation.grant(officeId, accountId, user.getUsername(), now()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("accountId", "village.delegation.error.already", account.displayName());
		}
		this.audit.record(user.getUsername(), AUDIT_GRANTED, account.username(), Outcome.SUCCESS, officeId, null);
		return delegation.getId();
	}

	@Transactional
	public void revoke(CurrentUser user, long delegationId) {
		requireManager(user);
		ProgrammeDelegation delegation = this.delegations.findById(delegationId)
			.orElseThrow(() -> new NotFoundException("village.delegation.notFound", delegationId));
		managedOffice(user, delegation.getOfficeId());
		delegation.revoke(user.getUsername(), now());
		this.delegations.saveAndFlush(delegation);
		this.audit.record(user.getUsername(), AUDIT_REVOKED,
				this.accounts.find(delegation.getAccountId()).map(AccountSummary::username).orElse(null),
				Outcome.SUCCESS, delegation.getOfficeId(), null);
	}

	private OfficeSummary managedOffice(CurrentUser user, long officeId) {
		return officesFor(user).stream()
			.filter((office) -> office.id() == officeId)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Only the head of this Kanim or an administrator"));
	}

	private void requireManager(CurrentUser user) {
		ProgrammeRights.requireSignedIn(user);
		if (!mayManage(user)) {
			throw new AccessDeniedException("Only office heads and administrators delegate the programme");
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * The delegation page of one Kanim.
	 *
	 * @param office the Kanim
	 * @param staff its OFFICE_STAFF and PIMPASA accounts
	 * @param history grants, newest first
	 */
	public record Delegations(OfficeSummary office, List<Candidate> staff, List<DelegationView> history) {

		/** A moment in the office's time zone. */
		public ZonedDateTime local(Instant at) {
			return at
				.atZone(ZoneId.of((this.office.timeZone() != null) ? this.office.timeZone() : OfficeTime.DEFAULT_ZONE));
		}

		/** WIB, WITA or WIT. */
		public String zoneLabel() {
			return OfficeTime.label(this.office.timeZone());
		}

	}

	/**
	 * A staff member who may be given the delegation.
	 *
	 * @param accountId the account
	 * @param username the sign-in name
	 * @param displayName the display name
	 * @param role OFFICE_STAFF or PIMPASA
	 * @param delegated whether a delegation is in force
	 */
	public record Candidate(long accountId, String username, String displayName, Role role, boolean delegated) {
	}

	/**
	 * One grant, in force or revoked.
	 *
	 * @param id the delegation
	 * @param accountId the delegate
	 * @param displayName his display name
	 * @param username his sign-in name
	 * @param grantedAt when granted
	 * @param grantedBy who granted
	 * @param revokedAt when revoked, {@code null} while in force
	 * @param revokedBy who revoked
	 */
	public record DelegationView(long id, long accountId, String displayName, String username, Instant grantedAt,
			String grantedBy, Instant revokedAt, String revokedBy) {

		public boolean inForce() {
			return this.revokedAt == null;
		}

	}

}
