package id.desabinaan.village.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.account.AccountDirectory;
import id.desabinaan.account.AccountDraft;
import id.desabinaan.account.AccountSummary;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * Village liaisons (kepala desa, perangkat desa, duta imigrasi) of a partner village.
 * Staff whose scope covers the village read them (phone numbers are personal data: not
 * for village officials or the public); those who administer the Kanim's programme add
 * them, end their terms and give them a VILLAGE_OFFICIAL account scoped to the village.
 */
@Service
@Transactional(readOnly = true)
public class LiaisonService {

	static final String AUDIT_ADDED = "LIAISON_ADDED";

	static final String AUDIT_ENDED = "LIAISON_ENDED";

	static final String AUDIT_ACCOUNT = "LIAISON_ACCOUNT_GIVEN";

	private final VillageLiaisons liaisons;

	private final PartnerVillages villages;

	private final ProgrammeRights rights;

	private final AccountAdministration administration;

	private final AccountDirectory accounts;

	private final OfficerService officers;

	private final AuditLog audit;

	LiaisonService(VillageLiaisons liaisons, PartnerVillages villages, ProgrammeRights rights,
			AccountAdministration administration, AccountDirectory accounts, OfficerService officers, AuditLog audit) {
		this.liaisons = liaisons;
		this.villages = villages;
		this.rights = rights;
		this.administration = administration;
		this.accounts = accounts;
		this.officers = officers;
		this.audit = audit;
	}

	/** Every liaison of the village, current and past, newest term first. */
	public List<LiaisonView> liaisonsOf(CurrentUser user, long villageId) {
		PartnerVillage designation = readable(user, villageId);
		LocalDate today = this.officers.today(designation.getOfficeId());
		List<VillageLiaison> all = this.liaisons.findByPartnerVillageIdOrderByTermFromDescIdDesc(villageId);
		Map<Long, AccountSummary> linked = this.accounts.findAll(
				all.stream().map(VillageLiaison::getAccountId).filter((id) -> id != null).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		return all.stream()
			.map((liaison) -> new LiaisonView(liaison.getId(), liaison.getRole(), liaison.getName(), liaison.getPhone(),
					liaison.getTermFrom(), liaison.getTermUntil(), liaison.getEndReason(), liaison.inTermOn(today),
					(liaison.getAccountId() != null) ? linked.get(liaison.getAccountId()).username() : null))
			.toList();
	}

	/** One liaison, for its forms. */
	public LiaisonView get(CurrentUser user, long liaisonId) {
		VillageLiaison liaison = liaison(liaisonId);
		return liaisonsOf(user, liaison.getPartnerVillageId()).stream()
			.filter((view) -> view.id() == liaisonId)
			.findFirst()
			.orElseThrow();
	}

	/** Whether the user may see the liaisons of the village. */
	public boolean mayRead(CurrentUser user, long villageId) {
		return user != null && user.role().isStaff() && this.rights.mayRead(user, designation(villageId));
	}

	/** Whether the user may add liaisons, end their terms and give them accounts. */
	public boolean mayManage(CurrentUser user, long villageId) {
		PartnerVillage designation = designation(villageId);
		return this.rights.mayAdminister(user, designation.getOfficeId())
				&& designation.getState() != DesignationState.ENDED;
	}

	@Transactional
	public long add(CurrentUser user, long villageId, LiaisonRole role, String name, String phone, LocalDate from,
			LocalDate until) {
		PartnerVillage designation = manageable(user, villageId);
		VillageLiaison liaison = this.liaisons
			.saveAndFlush(VillageLiaison.of(villageId, role, name, phone, from, until));
		record(user, AUDIT_ADDED, designation, "role=" + role);
		return liaison.getId();
	}

	@Transactional
	public void endTerm(CurrentUser user, long liaisonId, LocalDate lastDay, String reason) {
		VillageLiaison liaison = liaison(liaisonId);
		PartnerVillage designation = manageable(user, liaison.getPartnerVillageId());
		liaison.endTerm(lastDay, reason);
		this.liaisons.saveAndFlush(liaison);
		record(user, AUDIT_ENDED, designation, "role=" + liaison.getRole());
	}

	/**
	 * Gives the liaison a VILLAGE_OFFICIAL account scoped to the village, named after the
	 * liaison, with the password the giver chose (passed on to the liaison).
	 * @return the new account's id
	 */
	@Transactional
	public long giveAccount(CurrentUser user, long liaisonId, String username, String language,
			String initialPassword) {
		VillageLiaison liaison = liaison(liaisonId);
		PartnerVillage designation = manageable(user, liaison.getPartnerVillageId());
		if (liaison.getAccountId() != null) {
			throw new RuleViolationException("username", "village.liaison.error.hasAccount");
		}
		if (liaison.getEndReason() != null) {
			throw new RuleViolationException("username", "village.liaison.error.ended");
		}
		AccountDraft draft = new AccountDraft(username, liaison.getName(), Role.VILLAGE_OFFICIAL, null,
				designation.getVillageCode(), language, initialPassword);
		long accountId = user.hasRole(Role.SYSTEM_ADMIN, Role.OFFICE_HEAD) ? this.administration.create(user, draft)
				: this.administration.createVillageOfficial(user, designation.getOfficeId(), draft);
		liaison.linkAccount(accountId);
		this.liaisons.saveAndFlush(liaison);
		record(user, AUDIT_ACCOUNT, designation, "role=" + liaison.getRole());
		return accountId;
	}

	private PartnerVillage readable(CurrentUser user, long villageId) {
		PartnerVillage designation = designation(villageId);
		this.rights.requireReader(user, designation);
		if (!user.role().isStaff()) {
			throw new AccessDeniedException("Liaisons' phone numbers are for staff");
		}
		return designation;
	}

	private PartnerVillage manageable(CurrentUser user, long villageId) {
		PartnerVillage designation = readable(user, villageId);
		this.rights.requireAdministrator(user, designation.getOfficeId());
		if (designation.getState() == DesignationState.ENDED) {
			throw new RuleViolationException("village", "village.liaison.error.villageEnded");
		}
		return designation;
	}

	private void record(CurrentUser user, String action, PartnerVillage designation, String detail) {
		this.audit.record(user.getUsername(), action, "village:" + designation.getVillageCode(), Outcome.SUCCESS,
				designation.getOfficeId(), detail);
	}

	private VillageLiaison liaison(long id) {
		return this.liaisons.findById(id).orElseThrow(() -> new NotFoundException("village.liaison.notFound", id));
	}

	private PartnerVillage designation(long id) {
		return this.villages.require(id);
	}

	/**
	 * A liaison as staff pages show it.
	 *
	 * @param id the liaison
	 * @param role what he is in the village
	 * @param name his name
	 * @param phone his phone number in +62 form
	 * @param termFrom first day of the term
	 * @param termUntil last day of the term, {@code null} if open
	 * @param endReason why the term ended early, {@code null} if it did not
	 * @param current whether the term runs today
	 * @param username the sign-in name of his VILLAGE_OFFICIAL account, {@code null} if
	 * none
	 */
	public record LiaisonView(long id, LiaisonRole role, String name, String phone, LocalDate termFrom,
			LocalDate termUntil, String endReason, boolean current, String username) {

		/** Whether the term can still be ended (it was not ended yet). */
		public boolean open() {
			return this.endReason == null;
		}

	}

}
