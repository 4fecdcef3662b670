package id.desabinaan.knowledge.regulation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import id.desabinaan.knowledge.RequiredDocument;
import id.desabinaan.knowledge.RequirementKind;
import id.desabinaan.shared.InvalidInputException;

/**
 * A version of one requirement: a document to bring, or a step, for an application type
 * and applicant, in both languages.
 */
@Entity
@Table(name = "passport_requirement")
public class RequirementVersion extends RegulatedVersion {

	static final int TEXT_MAX = 300;

	@Enumerated(EnumType.STRING)
	private RequirementApplication application;

	@Enumerated(EnumType.STRING)
	private RequirementApplicant applicant;

	private String code;

	@Enumerated(EnumType.STRING)
	private RequirementKind kind;

	private int position;

	private String textId;

	private String textEn;

	protected RequirementVersion() {
	}

	public RequirementVersion(RequirementApplication application, RequirementApplicant applicant, String code,
			RequirementKind kind, int position, String textId, String textEn, LocalDate validFrom, LocalDate validUntil,
			String source) {
		super(validFrom, validUntil, source);
		this.application = required("application", application);
		this.applicant = required("applicant", applicant);
		this.code = Texts.code("code", code);
		this.kind = required("kind", kind);
		if (position < 0 || position > 999) {
			throw new InvalidInputException("position", "knowledge.error.position.range");
		}
		this.position = position;
		this.textId = Texts.required("textId", textId, TEXT_MAX);
		this.textEn = Texts.required("textEn", textEn, TEXT_MAX);
	}

	private static <E> E required(String field, E value) {
		if (value == null) {
			throw new InvalidInputException(field, "knowledge.error.required");
		}
		return value;
	}

	@Override
	public String itemKey() {
		return this.application + "/" + this.applicant + "/" + this.code;
	}

	@Override
	String describe() {
		return this.kind + " " + this.position;
	}

	public RequirementApplication getApplication() {
		return this.application;
	}

	public RequirementApplicant getApplicant() {
		return this.applicant;
	}

	public String getCode() {
		return this.code;
	}

	public RequirementKind getKind() {
		return this.kind;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTextId() {
		return this.textId;
	}

	public String getTextEn() {
		return this.textEn;
	}

	RequirementEntry toEntry() {
		return new RequirementEntry(this.application, this.applicant, this.position,
				new RequiredDocument(this.code, this.kind, this.textId, this.textEn));
	}

}
