package id.desabinaan.village.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;
import id.desabinaan.shared.InvalidInputException;

/**
 * A reason for choosing a village (selection criterion), named in Indonesian and English.
 * Criteria are retired rather than deleted: designations that cite a retired criterion
 * keep it, new proposals cannot choose it.
 */
@Entity
@Table(name = "selection_criterion")
public class Criterion extends AuditedEntity {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

	@Id
	private String code;

	private int position;

	private boolean needsText;

	private String nameId;

	private String nameEn;

	private boolean active;

	protected Criterion() {
	}

	static Criterion of(String code, String nameId, String nameEn, int position) {
		String normalised = (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
		if (!CODE.matcher(normalised).matches()) {
			throw new InvalidInputException("code", "village.criterion.error.code");
		}
		Criterion criterion = new Criterion();
		criterion.code = normalised;
		criterion.active = true;
		criterion.needsText = false;
		criterion.rename(nameId, nameEn, position);
		return criterion;
	}

	void rename(String nameId, String nameEn, int position) {
		this.nameId = name("nameId", nameId);
		this.nameEn = name("nameEn", nameEn);
		if (position < 0 || position > 9999) {
			throw new InvalidInputException("position", "village.criterion.error.position");
		}
		this.position = position;
	}

	void retire() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	private static String name(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "village.error.required");
		}
		if (value.strip().length() > 200) {
			throw new InvalidInputException(field, "village.error.tooLong", 200);
		}
		return value.strip();
	}

	public String getCode() {
		return this.code;
	}

	public int getPosition() {
		return this.position;
	}

	public boolean isNeedsText() {
		return this.needsText;
	}

	public String getNameId() {
		return this.nameId;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public boolean isActive() {
		return this.active;
	}

	CriterionView view() {
		return new CriterionView(this.code, this.nameId, this.nameEn, this.position, this.active, this.needsText);
	}

}
