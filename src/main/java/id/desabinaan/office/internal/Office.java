package id.desabinaan.office.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.RuleViolationException;

import id.desabinaan.shared.AuditedEntity;

/**
 * An immigration office at one level of the hierarchy. Guards its own rules: a Kanwil
 * sits under the directorate, a Kanim under a Kanwil, a UKK under a Kanim and inside its
 * working area; only a Kanim has a class, TPI status and a working area. Offices are
 * retired with a reason, never deleted.
 */
@Entity
@Table(name = "office")
public class Office extends AuditedEntity {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private OfficeLevel level;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Office parent;

	@Enumerated(EnumType.STRING)
	private OfficeLevel parentLevel;

	@OneToMany(mappedBy = "parent")
	private List<Office> children = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private OfficeClass officeClass;

	private Boolean tpi;

	private String timeZone;

	private String address;

	private String phone;

	private String email;

	private String locationRegencyCode;

	@ElementCollection
	@CollectionTable(name = "office_working_area", joinColumns = @JoinColumn(name = "office_id"))
	@Column(name = "regency_code")
	private Set<String> workingArea = new TreeSet<>();

	private boolean active = true;

	private String retiredReason;

	protected Office() {
	}

	/**
	 * A new active office.
	 * @throws InvalidInputException naming the field when a value is malformed
	 * @throws RuleViolationException naming the field when the office does not fit the
	 * hierarchy
	 */
	public Office(String code, String name, OfficeLevel level, Office parent, Kanim kanim, String timeZone,
			Contact contact, String locationRegencyCode) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new InvalidInputException("code", "office.code.invalid", String.valueOf(code));
		}
		if (level == null) {
			throw new InvalidInputException("level", "office.level.required");
		}
		this.code = code;
		this.level = level;
		describe(name, parent, kanim, timeZone, locationRegencyCode);
		changeContact(contact);
	}

	/**
	 * Changes what an administrator may change after creation: everything but the code
	 * and the level.
	 */
	public void describe(String name, Office parent, Kanim kanim, String timeZone, String locationRegencyCode) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "office.name.required");
		}
		if (!OfficeTimeZone.isKnown(timeZone)) {
			throw new InvalidInputException("timeZone", "office.timeZone.invalid", String.valueOf(timeZone));
		}
		placeUnder(parent);
		classify(kanim);
		locate(locationRegencyCode);
		this.name = name.strip();
		this.timeZone = timeZone;
	}

	private void placeUnder(Office newParent) {
		OfficeLevel expected = expectedParentLevel(this.level);
		boolean sameParent = (this.parent == newParent) || (this.parent != null && newParent != null
				&& newParent.getId() != null && newParent.getId().equals(this.parent.getId()));
		if (expected == null) {
			if (newParent != null) {
				throw new RuleViolationException("parentId", "office.parent.none");
			}
		}
		else {
			if (newParent == null) {
				throw new InvalidInputException("parentId", "office.parent.required");
			}
			if (newParent.getLevel() != expected) {
				throw new RuleViolationException("parentId", "office.parent.wrongLevel", newParent.getName());
			}
			if (!newParent.isActive() && !sameParent) {
				throw new RuleViolationException("parentId", "office.parent.retired", newParent.getName());
			}
		}
		if (!sameParent) {
			if (this.parent != null) {
				this.parent.removeChild(this);
			}
			if (newParent != null) {
				newParent.addChild(this);
			}
		}
		this.parent = newParent;
		this.parentLevel = (newParent != null) ? newParent.getLevel() : null;
	}

	private void classify(Kanim kanim) {
		if (this.level == OfficeLevel.OFFICE) {
			if (kanim == null || kanim.officeClass() == null) {
				throw new InvalidInputException("officeClass", "office.officeClass.required");
			}
			if (kanim.tpi() == null) {
				throw new InvalidInputException("tpi", "office.tpi.required");
			}
			this.officeClass = kanim.officeClass();
			this.tpi = kanim.tpi();
		}
		else {
			if (kanim != null && kanim.officeClass() != null) {
				throw new InvalidInputException("officeClass", "office.officeClass.onlyKanim");
			}
			if (kanim != null && kanim.tpi() != null) {
				throw new InvalidInputException("tpi", "office.tpi.onlyKanim");
			}
			this.officeClass = null;
			this.tpi = null;
		}
	}

	private void locate(String regencyCode) {
		if (this.level != OfficeLevel.SUB_OFFICE) {
			if (regencyCode != null) {
				throw new InvalidInputException("locationRegencyCode", "office.location.onlyUkk");
			}
			this.locationRegencyCode = null;
			return;
		}
		if (regencyCode == null) {
			throw new InvalidInputException("locationRegencyCode", "office.location.required");
		}
		if (!isRegencyCode(regencyCode)) {
			throw new InvalidInputException("locationRegencyCode", "office.regency.invalid", regencyCode);
		}
		if (!this.parent.getWorkingArea().contains(regencyCode)) {
			throw new RuleViolationException("locationRegencyCode", "office.location.outsideParentArea", regencyCode,
					this.parent.getName());
		}
		this.locationRegencyCode = regencyCode;
	}

	/** Changes address, phone and email; blank values are stored as absent. */
	public void changeContact(Contact contact) {
		Contact given = (contact != null) ? contact : new Contact(null, null, null);
		this.address = blankToNull(given.address());
		this.phone = blankToNull(given.phone());
		this.email = blankToNull(given.email());
	}

	/**
	 * Replaces the working area of a Kanim; every check runs before anything changes.
	 * @param codes the kabupaten/kota codes ({@code PP.KK}) the office is to serve
	 * @param isRegency whether a well-formed code names an existing kabupaten/kota
	 * @param servedElsewhere the name of another office that already serves a code, if
	 * any (a regency belongs to one office only)
	 * @return what was added and removed
	 */
	public AreaChange replaceWorkingArea(Collection<String> codes, Predicate<String> isRegency,
			Function<String, Optional<String>> servedElsewhere) {
		if (this.level != OfficeLevel.OFFICE) {
			throw new RuleViolationException("workingArea", "office.workingArea.onlyKanim");
		}
		if (!this.active && !codes.isEmpty()) {
			throw new RuleViolationException("workingArea", "office.retired", this.name);
		}
		for (String code : codes) {
			if (!isRegencyCode(code)) {
				throw new InvalidInputException("workingArea", "office.workingArea.invalid", code);
			}
			if (!isRegency.test(code)) {
				throw new InvalidInputException("workingArea", "office.workingArea.unknown", code);
			}
		}
		Set<String> wanted = new TreeSet<>(codes);
		for (Office child : this.children) {
			if (child.isActive() && child.getLocationRegencyCode() != null
					&& !wanted.contains(child.getLocationRegencyCode())) {
				throw new RuleViolationException("workingArea", "office.workingArea.hostsSubOffice",
						child.getLocationRegencyCode(), child.getName());
			}
		}
		Set<String> added = new TreeSet<>(wanted);
		added.removeAll(this.workingArea);
		for (String code : added) {
			Optional<String> holder = servedElsewhere.apply(code);
			if (holder.isPresent()) {
				throw new RuleViolationException("workingArea", "office.workingArea.taken", code, holder.get());
			}
		}
		Set<String> removed = new TreeSet<>(this.workingArea);
		removed.removeAll(wanted);
		this.workingArea.removeAll(removed);
		this.workingArea.addAll(added);
		return new AreaChange(added, removed);
	}

	/**
	 * Retires the office. A Kanim must hand over its working area first and an office
	 * with active sub-offices cannot go, so that every village keeps a serving office and
	 * nothing hangs under a retired one.
	 */
	public void retire(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "office.retire.reasonRequired");
		}
		if (!this.active) {
			throw new RuleViolationException("reason", "office.retire.already", this.name);
		}
		if (this.children.stream().anyMatch(Office::isActive)) {
			throw new RuleViolationException("reason", "office.retire.hasActiveChildren", this.name);
		}
		if (!this.workingArea.isEmpty()) {
			throw new RuleViolationException("reason", "office.retire.hasWorkingArea", this.name);
		}
		this.active = false;
		this.retiredReason = reason.strip();
	}

	// protected, not private: the parent may be a lazy proxy, which forwards only
	// overridable methods to the loaded entity
	protected void addChild(Office child) {
		if (!this.children.contains(child)) {
			this.children.add(child);
		}
	}

	protected void removeChild(Office child) {
		this.children.remove(child);
	}

	static OfficeLevel expectedParentLevel(OfficeLevel level) {
		return switch (level) {
			case NATIONAL -> null;
			case REGIONAL -> OfficeLevel.NATIONAL;
			case OFFICE -> OfficeLevel.REGIONAL;
			case SUB_OFFICE -> OfficeLevel.OFFICE;
		};
	}

	private static boolean isRegencyCode(String code) {
		return RegionCode.isValid(code) && RegionCode.of(code).depth() == 2;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public OfficeSummary summary() {
		return new OfficeSummary(this.id, this.code, this.name, this.level, parentId(), this.timeZone);
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public OfficeLevel getLevel() {
		return this.level;
	}

	public Office getParent() {
		return this.parent;
	}

	public Long parentId() {
		return (this.parent != null) ? this.parent.getId() : null;
	}

	public List<Office> getChildren() {
		return List.copyOf(this.children);
	}

	public OfficeClass getOfficeClass() {
		return this.officeClass;
	}

	public Boolean getTpi() {
		return this.tpi;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public Contact contact() {
		return new Contact(this.address, this.phone, this.email);
	}

	public String getLocationRegencyCode() {
		return this.locationRegencyCode;
	}

	public Set<String> getWorkingArea() {
		return Set.copyOf(this.workingArea);
	}

	public boolean isActive() {
		return this.active;
	}

	public String getRetiredReason() {
		return this.retiredReason;
	}

	/**
	 * Class and TPI status of a Kanim; {@code null} parts for other levels.
	 *
	 * @param officeClass Kelas I Khusus, I, II or III
	 * @param tpi {@code true} for TPI (Tempat Pemeriksaan Imigrasi, a border crossing
	 * point), {@code false} for Non TPI
	 */
	public record Kanim(OfficeClass officeClass, Boolean tpi) {

		public static final Kanim NONE = new Kanim(null, null);

	}

	/**
	 * How the public reaches an office.
	 *
	 * @param address postal address
	 * @param phone telephone number
	 * @param email e-mail address
	 */
	public record Contact(String address, String phone, String email) {
	}

	/**
	 * A change of working area, for the audit log.
	 *
	 * @param added codes newly served
	 * @param removed codes no longer served
	 */
	public record AreaChange(Set<String> added, Set<String> removed) {

		public boolean isEmpty() {
			return this.added.isEmpty() && this.removed.isEmpty();
		}

	}

}
