package id.desabinaan.village.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * The selection criteria: every staff member reads them, SYSTEM_ADMIN adds, renames,
 * reorders, retires and reactivates them (audited).
 */
@Service
@Transactional(readOnly = true)
public class CriterionService {

	static final String AUDIT_CHANGED = "VILLAGE_CRITERION_CHANGED";

	private final Criteria criteria;

	private final AuditLog audit;

	CriterionService(Criteria criteria, AuditLog audit) {
		this.criteria = criteria;
		this.audit = audit;
	}

	/** Every criterion, active and retired, in their order. */
	public List<CriterionView> all() {
		return this.criteria.findAllByOrderByPositionAscCodeAsc().stream().map(Criterion::view).toList();
	}

	/** The criteria a new proposal may choose. */
	public List<CriterionView> active() {
		return all().stream().filter(CriterionView::active).toList();
	}

	/** One criterion, for the edit form. */
	public CriterionView get(CurrentUser user, String code) {
		requireAdmin(user);
		return criterion(code).view();
	}

	/** The criteria with these codes, by code (unknown codes are left out). */
	Map<String, CriterionView> byCode(Collection<String> codes) {
		return this.criteria.findAllById(codes)
			.stream()
			.map(Criterion::view)
			.collect(Collectors.toMap(CriterionView::code, Function.identity()));
	}

	/** Checks that a proposal chooses only known, active criteria. */
	void requireChoosable(Collection<String> codes) {
		Map<String, CriterionView> found = byCode(codes);
		for (String code : codes) {
			CriterionView criterion = found.get(code);
			if (criterion == null || !criterion.active()) {
				throw new InvalidInputException("criteria", "village.error.criteria.unknown", code);
			}
		}
	}

	@Transactional
	public String add(CurrentUser user, String code, String nameId, String nameEn, int position) {
		requireAdmin(user);
		Criterion criterion = Criterion.of(code, nameId, nameEn, position);
		if (this.criteria.existsById(criterion.getCode())) {
			throw new RuleViolationException("code", "village.criterion.error.taken", criterion.getCode());
		}
		this.criteria.saveAndFlush(criterion);
		record(user, criterion, "added");
		return criterion.getCode();
	}

	@Transactional
	public void rename(CurrentUser user, String code, String nameId, String nameEn, int position) {
		requireAdmin(user);
		Criterion criterion = criterion(code);
		criterion.rename(nameId, nameEn, position);
		this.criteria.saveAndFlush(criterion);
		record(user, criterion, "renamed");
	}

	/** Retires ({@code active = false}) or reactivates a criterion. */
	@Transactional
	public void setActive(CurrentUser user, String code, boolean active) {
		requireAdmin(user);
		Criterion criterion = criterion(code);
		if (!active && SelectionCriterion.OTHER.equals(criterion.getCode())) {
			throw new RuleViolationException("code", "village.criterion.error.otherStays");
		}
		if (active) {
			criterion.reactivate();
		}
		else {
			criterion.retire();
		}
		this.criteria.saveAndFlush(criterion);
		record(user, criterion, active ? "reactivated" : "retired");
	}

	/** Whether the user edits criteria (SYSTEM_ADMIN). */
	public boolean mayEdit(CurrentUser user) {
		return user != null && user.hasRole(Role.SYSTEM_ADMIN);
	}

	private void requireAdmin(CurrentUser user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Only an administrator edits selection criteria");
		}
	}

	private Criterion criterion(String code) {
		return this.criteria.findById((code != null) ? code : "")
			.orElseThrow(() -> new NotFoundException("village.criterion.notFound", code));
	}

	private void record(CurrentUser user, Criterion criterion, String what) {
		this.audit.record(user.getUsername(), AUDIT_CHANGED, "criterion:" + criterion.getCode(), Outcome.SUCCESS, null,
				what);
	}

}
