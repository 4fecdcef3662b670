package id.desabinaan.outreach;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * An entry of an editable reference list (partner institutions, topics). Entries are
 * retired, never deleted: activities keep pointing at them.
 */
@Entity
@Table(name = "outreach_reference")
class ReferenceEntry extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ReferenceKind kind;

	private String code;

	private String nameId;

	private String nameEn;

	private boolean needsText;

	private int position;

	private boolean active;

	protected ReferenceEntry() {
	}

	ReferenceEntry(ReferenceKind kind, String code, String nameId, String nameEn, boolean needsText, int position) {
		this.kind = kind;
		this.code = code;
		this.active = true;
		change(nameId, nameEn, needsText, position);
	}

	void change(String nameId, String nameEn, boolean needsText, int position) {
		this.nameId = Texts.required("nameId", nameId, 200);
		this.nameEn = Texts.required("nameEn", nameEn, 200);
		this.needsText = needsText;
		this.position = position;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	Long getId() {
		return this.id;
	}

	ReferenceKind getKind() {
		return this.kind;
	}

	String getCode() {
		return this.code;
	}

	boolean isNeedsText() {
		return this.needsText;
	}

	boolean isActive() {
		return this.active;
	}

	ReferenceItem item() {
		return new ReferenceItem(this.id, this.kind, this.code, this.nameId, this.nameEn, this.needsText, this.position,
				this.active);
	}

}
