package id.desabinaan.office.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.Office.Kanim;
import id.desabinaan.office.internal.OfficeClass;
import id.desabinaan.office.internal.OfficeCommands;
import id.desabinaan.office.internal.OfficeTimeZone;
import id.desabinaan.office.internal.OfficeView;
import id.desabinaan.shared.InvalidInputException;

/**
 * The administrator's office form, for creating (all fields) and editing (code and level
 * are fixed). The working area is a text of kabupaten/kota codes separated by commas,
 * spaces or new lines; the service checks each one.
 */
public class OfficeForm extends ContactForm {

	@Size(max = 40, message = "{office.validation.tooLong}")
	private String code;

	@NotBlank(message = "{office.validation.required}")
	@Size(max = 200, message = "{office.validation.tooLong}")
	private String name;

	private String level;

	private String parentId;

	private String officeClass;

	@Pattern(regexp = "|true|false", message = "{office.validation.choice}")
	private String tpi = "";

	@NotBlank(message = "{office.validation.required}")
	private String timeZone = OfficeTimeZone.WIB.zoneId();

	@Size(max = 20, message = "{office.validation.tooLong}")
	private String locationRegencyCode;

	@Size(max = 2000, message = "{office.validation.tooLong}")
	private String workingArea;

	/** The region picker's chosen code for "add a kabupaten/kota". */
	@Size(max = 20, message = "{office.validation.tooLong}")
	private String addRegency;

	/** The region picker's typed text for "add a kabupaten/kota". */
	@Size(max = 120, message = "{office.validation.tooLong}")
	private String addRegencyQuery;

	static OfficeForm of(OfficeView office) {
		OfficeForm form = new OfficeForm();
		form.code = office.code();
		form.name = office.name();
		form.level = office.level().name();
		form.parentId = (office.parent() != null) ? String.valueOf(office.parent().id()) : null;
		form.officeClass = (office.officeClass() != null) ? office.officeClass().name() : null;
		form.tpi = (office.tpi() != null) ? office.tpi().toString() : "";
		form.timeZone = office.timeZone();
		form.setAddress(office.address());
		form.setPhone(office.phone());
		form.setEmail(office.email());
		form.locationRegencyCode = (office.location() != null) ? office.location().code() : null;
		form.workingArea = String.join(", ", office.workingAreaCodes());
		return form;
	}

	OfficeCommands.Create toCreate() {
		return new OfficeCommands.Create(trim(this.code), this.name, level(), parent(), kanim(), this.timeZone,
				toContact(), trim(this.locationRegencyCode), workingAreaCodes());
	}

	OfficeCommands.Change toChange() {
		return new OfficeCommands.Change(this.name, parent(), kanim(), this.timeZone, toContact(),
				trim(this.locationRegencyCode), workingAreaCodes());
	}

	// choices arrive as text and are parsed here, so that a tampered value becomes a
	// translated message on its field instead of a raw conversion error
	private OfficeLevel level() {
		return choice("level", this.level, OfficeLevel.class);
	}

	private Long parent() {
		String value = trim(this.parentId);
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("parentId", "office.validation.choice");
		}
	}

	private Kanim kanim() {
		Boolean isTpi = (this.tpi == null || this.tpi.isEmpty()) ? null : Boolean.valueOf(this.tpi);
		return new Kanim(choice("officeClass", this.officeClass, OfficeClass.class), isTpi);
	}

	private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
		String given = trim(value);
		if (given == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, given);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "office.validation.choice");
		}
	}

	/** The codes in the working-area text, in the order given. */
	List<String> workingAreaCodes() {
		if (this.workingArea == null || this.workingArea.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.workingArea.strip().split("[\\s,;]+")).filter((s) -> !s.isEmpty()).toList();
	}

	/** Adds a code picked with the region picker to the working-area text. */
	void addToWorkingArea(String code) {
		if (!workingAreaCodes().contains(code)) {
			this.workingArea = (this.workingArea == null || this.workingArea.isBlank()) ? code
					: this.workingArea.strip() + ", " + code;
		}
		this.addRegency = null;
		this.addRegencyQuery = null;
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLevel() {
		return this.level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getParentId() {
		return this.parentId;
	}

	public void setParentId(String parentId) {
		this.parentId = parentId;
	}

	public String getOfficeClass() {
		return this.officeClass;
	}

	public void setOfficeClass(String officeClass) {
		this.officeClass = officeClass;
	}

	public String getTpi() {
		return this.tpi;
	}

	public void setTpi(String tpi) {
		this.tpi = tpi;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getLocationRegencyCode() {
		return this.locationRegencyCode;
	}

	public void setLocationRegencyCode(String locationRegencyCode) {
		this.locationRegencyCode = locationRegencyCode;
	}

	public String getWorkingArea() {
		return this.workingArea;
	}

	public void setWorkingArea(String workingArea) {
		this.workingArea = workingArea;
	}

	public String getAddRegency() {
		return this.addRegency;
	}

	public void setAddRegency(String addRegency) {
		this.addRegency = addRegency;
	}

	public String getAddRegencyQuery() {
		return this.addRegencyQuery;
	}

	public void setAddRegencyQuery(String addRegencyQuery) {
		this.addRegencyQuery = addRegencyQuery;
	}

}
