package id.desabinaan.earlywarning.subject;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something named in reports (a person, a phone number, an account, an agency, a
 * vehicle), stored once under its normalised key. It keeps the date it was first named
 * only, since that may be the moment of an anonymous report.
 */
@Entity
@Table(name = "subject")
public class Subject {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private SubjectKind kind;

	private String normalisedKey;

	private String blockKey;

	private String displayValue;

	private LocalDate createdOn;

	private String createdBy;

	protected Subject() {
	}

	Subject(SubjectKind kind, String normalisedKey, String blockKey, String displayValue, LocalDate createdOn,
			String createdBy) {
		this.kind = Objects.requireNonNull(kind, "kind");
		this.normalisedKey = Objects.requireNonNull(normalisedKey, "normalisedKey");
		this.blockKey = blockKey;
		this.displayValue = Objects.requireNonNull(displayValue, "displayValue");
		this.createdOn = Objects.requireNonNull(createdOn, "createdOn");
		this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
	}

	public Long getId() {
		return this.id;
	}

	public SubjectKind getKind() {
		return this.kind;
	}

	public String getNormalisedKey() {
		return this.normalisedKey;
	}

	public String getBlockKey() {
		return this.blockKey;
	}

	public String getDisplayValue() {
		return this.displayValue;
	}

	public LocalDate getCreatedOn() {
		return this.createdOn;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
