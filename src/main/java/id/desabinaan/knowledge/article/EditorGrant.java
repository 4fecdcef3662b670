package id.desabinaan.knowledge.article;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * The editor permission of one OFFICE_STAFF account in his Kanim: local articles of that
 * Kanim, and national articles too when {@code national}. Revoked, never deleted. The
 * permission counts only while the account still belongs to that Kanim.
 */
@Entity
@Table(name = "article_editor_grant")
public class EditorGrant extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String username;

	private long officeId;

	private boolean national;

	private String grantedBy;

	private Instant grantedAt;

	private String revokedBy;

	private Instant revokedAt;

	protected EditorGrant() {
	}

	EditorGrant(long accountId, String username, long officeId, boolean national, String grantedBy, Instant grantedAt) {
		this.accountId = accountId;
		this.username = username;
		this.officeId = officeId;
		this.national = national;
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
	}

	void revoke(String by, Instant at) {
		this.revokedBy = by;
		this.revokedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getUsername() {
		return this.username;
	}

	public long getOfficeId() {
		return this.officeId;
	}

	public boolean isNational() {
		return this.national;
	}

	public String getGrantedBy() {
		return this.grantedBy;
	}

	public Instant getGrantedAt() {
		return this.grantedAt;
	}

	public boolean isActive() {
		return this.revokedAt == null;
	}

}
