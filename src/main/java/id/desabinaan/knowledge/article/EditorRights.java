package id.desabinaan.knowledge.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;

/**
 * Who edits articles. A SYSTEM_ADMIN edits everything. An OFFICE_STAFF account edits once
 * it holds an editor permission in its Kanim: local articles of that Kanim, and national
 * articles when the permission is national. The head of a Kanim grants and revokes the
 * permission for his own staff (local only); a SYSTEM_ADMIN for any staff, national or
 * local. Everyone else is refused (403).
 */
@Service
public class EditorRights {

	static final String AUDIT_GRANTED = "ARTICLE_EDITOR_GRANTED";

	static final String AUDIT_REVOKED = "ARTICLE_EDITOR_REVOKED";

	private final EditorGrants grants;

	private final UserDetailsService users;

	private final OfficeDirectory offices;

	private final AuditLog audit;

	private final Clock clock;

	EditorRights(EditorGrants grants, UserDetailsService users, OfficeDirectory offices, AuditLog audit, Clock clock) {
		this.grants = grants;
		this.users = users;
		this.offices = offices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What an account may edit.
	 *
	 * @param national national articles
	 * @param officeId the Kanim whose local articles it edits; {@code null} for none (a
	 * SYSTEM_ADMIN edits every office's)
	 * @param everything a SYSTEM_ADMIN
	 */
	public record Rights(boolean national, Long officeId, boolean everything) {

		static final Rights NONE = new Rights(false, null, false);

		/** Whether the account edits anything at all. */
		public boolean isEditor() {
			return this.everything || this.national || this.officeId != null;
		}

		/** Whether it edits the article of this office ({@code null}: national). */
		public boolean mayEdit(Long articleOfficeId) {
			if (this.everything) {
				return true;
			}
			return (articleOfficeId == null) ? this.national : articleOfficeId.equals(this.officeId);
		}

	}

	@Transactional(readOnly = true)
	public Rights rightsOf(CurrentUser user) {
		if (user.hasRole(Role.SYSTEM_ADMIN)) {
			return new Rights(true, null, true);
		}
		if (!user.hasRole(Role.OFFICE_STAFF) || user.scope().officeId() == null) {
			return Rights.NONE;
		}
		long office = user.scope().officeId();
		return this.grants.findFirstByAccountIdAndOfficeIdAndRevokedAtIsNull(user.accountId(), office)
			.map((grant) -> new Rights(grant.isNational(), office, false))
			.orElse(Rights.NONE);
	}

	/**
	 * An active permission as the grant page lists it.
	 *
	 * @param id the grant
	 * @param username the editor
	 * @param officeName his Kanim
	 * @param national whether national articles are included
	 * @param grantedBy who granted it
	 * @param grantedAt when
	 */
	public record GrantView(long id, String username, String officeName, boolean national, String grantedBy,
			Instant grantedAt) {
	}

	/** Whether the account manages editor permissions (a head or an administrator). */
	public boolean managesGrants(CurrentUser actor) {
		return actor.hasRole(Role.SYSTEM_ADMIN, Role.OFFICE_HEAD);
	}

	/** The active permissions the caller manages. */
	@Transactional(readOnly = true)
	public List<GrantView> grants(CurrentUser actor) {
		requireManager(actor);
		List<EditorGrant> active = actor.hasRole(Role.SYSTEM_ADMIN)
				? this.grants.findByRevokedAtIsNullOrderByGrantedAtDesc()
				: this.grants.findByOfficeIdInAndRevokedAtIsNullOrderByGrantedAtDesc(Set.of(actor.scope().officeId()));
		return active.stream()
			.map((grant) -> new GrantView(grant.getId(), grant.getUsername(),
					this.offices.find(grant.getOfficeId()).map(OfficeSummary::name).orElse("-"), grant.isNational(),
					grant.getGrantedBy(), grant.getGrantedAt()))
			.toList();
	}

	/**
	 * Grants the editor permission to an OFFICE_STAFF account (national only by a
	 * SYSTEM_ADMIN). A second grant of the same kind is refused; a local one becomes
	 * national by revoking and granting again.
	 */
	@Transactional
	public void grant(CurrentUser actor, String username, boolean national) {
		requireManager(actor);
		if (national && !actor.hasRole(Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("Only an administrator grants national editing");
		}
		CurrentUser target = staff(actor, username);
		long office = target.scope().officeId();
		Optional<EditorGrant> existing = this.grants
			.findFirstByAccountIdAndOfficeIdAndRevokedAtIsNull(target.accountId(), office);
		if (existing.isPresent()) {
			throw new RuleViolationException("username", "article.editor.error.alreadyEditor", target.getUsername());
		}
		Instant now = this.clock.instant();
		this.grants.save(
				new EditorGrant(target.accountId(), target.getUsername(), office, national, actor.getUsername(), now));
		this.audit.record(actor.getUsername(), AUDIT_GRANTED, target.getUsername(), Outcome.SUCCESS, office,
				national ? "national" : "local");
	}

	@Transactional
	public void revoke(CurrentUser actor, long grantId) {
		requireManager(actor);
		EditorGrant grant = this.grants.findById(grantId)
			.filter(EditorGrant::isActive)
			.filter((candidate) -> actor.hasRole(Role.SYSTEM_ADMIN)
					|| candidate.getOfficeId() == actor.scope().officeId())
			.orElseThrow(() -> new NotFoundException("article.editor.error.notFound", grantId));
		grant.revoke(actor.getUsername(), this.clock.instant());
		this.audit.record(actor.getUsername(), AUDIT_REVOKED, grant.getUsername(), Outcome.SUCCESS, grant.getOfficeId(),
				null);
	}

	/** The OFFICE_STAFF account the caller may give the permission to. */
	private CurrentUser staff(CurrentUser actor, String username) {
		String name = (username != null) ? username.strip().toLowerCase() : "";
		if (name.isEmpty()) {
			throw new InvalidInputException("username", "article.editor.error.username.required");
		}
		UserDetails details;
		try {
			details = this.users.loadUserByUsername(name);
		}
		catch (UsernameNotFoundException ex) {
			throw new InvalidInputException("username", "article.editor.error.unknown", name);
		}
		if (!(details instanceof CurrentUser target) || !target.isEnabled()
				|| (actor.hasRole(Role.OFFICE_HEAD) && !actor.scope().officeId().equals(target.scope().officeId()))) {
			throw new InvalidInputException("username", "article.editor.error.unknown", name);
		}
		if (!target.hasRole(Role.OFFICE_STAFF)) {
			throw new InvalidInputException("username", "article.editor.error.notStaff", name);
		}
		return target;
	}

	private void requireManager(CurrentUser actor) {
		if (!managesGrants(actor)) {
			throw new AccessDeniedException("Only an office head or an administrator manages editors");
		}
	}

	/**
	 * Gives the permission without an acting person (demo data); nothing happens when the
	 * account already holds one.
	 */
	@Transactional
	void ensureGrant(CurrentUser target, boolean national, String by) {
		long office = target.scope().officeId();
		if (this.grants.findFirstByAccountIdAndOfficeIdAndRevokedAtIsNull(target.accountId(), office).isEmpty()) {
			this.grants.save(new EditorGrant(target.accountId(), target.getUsername(), office, national, by,
					this.clock.instant()));
		}
	}

}
