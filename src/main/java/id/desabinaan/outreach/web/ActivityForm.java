package id.desabinaan.outreach.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import id.desabinaan.outreach.ActivityDraft;
import id.desabinaan.outreach.ActivityType;
import id.desabinaan.outreach.ActivityView;
import id.desabinaan.outreach.Material;
import id.desabinaan.outreach.PhotoUpload;
import id.desabinaan.outreach.ReferenceItem;

/**
 * The activity form (new and edit). Everything is read as text and checked here or by the
 * service, so that the form comes back with what was entered and the message next to its
 * field. On a new activity the officer may say it was already held, type the attendance
 * counts and add a photo in the same step.
 */
public class ActivityForm {

	private String villageId;

	private String type;

	private String otherType;

	private String title;

	private String place;

	private String date;

	private String time;

	private List<String> officerIds = new ArrayList<>();

	private List<String> institutionIds = new ArrayList<>();

	private String otherInstitution;

	private List<String> topicIds = new ArrayList<>();

	private String otherTopic;

	private String materials;

	private String notes;

	private boolean shownPublicly = true;

	private boolean held;

	private AttendanceForm attendance = new AttendanceForm();

	private MultipartFile photo;

	static ActivityForm of(ActivityView view) {
		ActivityForm form = new ActivityForm();
		form.villageId = Long.toString(view.villageId());
		form.type = view.type().name();
		form.otherType = view.otherType();
		form.title = view.title();
		form.place = view.place();
		form.date = view.startsAt().toLocalDate().toString();
		form.time = view.startsAt().toLocalTime().withSecond(0).withNano(0).toString();
		form.officerIds = view.officers().stream().map((officer) -> Long.toString(officer.accountId())).toList();
		form.institutionIds = ids(view.institutions());
		form.otherInstitution = view.otherInstitution();
		form.topicIds = ids(view.topics());
		form.otherTopic = view.otherTopic();
		form.materials = view.materials()
			.stream()
			.map((material) -> material.name() + "; " + material.quantity())
			.collect(Collectors.joining("\n"));
		form.notes = view.notes();
		form.shownPublicly = view.shownPublicly();
		return form;
	}

	private static List<String> ids(List<ReferenceItem> items) {
		return new ArrayList<>(items.stream().map((item) -> Long.toString(item.id())).toList());
	}

	/**
	 * The draft, or {@code null} after rejecting fields that cannot be read (a date, a
	 * time, a number).
	 */
	ActivityDraft draft(BindingResult binding) {
		int errors = binding.getErrorCount();
		Long village = number(this.villageId, "villageId", "outreach.error.village.unknown", binding);
		ActivityType activityType = null;
		if (this.type != null && !this.type.isBlank()) {
			try {
				activityType = ActivityType.valueOf(this.type);
			}
			catch (IllegalArgumentException ex) {
				binding.rejectValue("type", "outreach.error.required", "outreach.error.required");
			}
		}
		LocalDateTime startsAt = startsAt(binding);
		List<Long> officers = numbers(this.officerIds, "officerIds", binding);
		Set<Long> institutions = new LinkedHashSet<>(numbers(this.institutionIds, "institutionIds", binding));
		Set<Long> topics = new LinkedHashSet<>(numbers(this.topicIds, "topicIds", binding));
		List<Material> lines = materials(binding);
		if (binding.getErrorCount() > errors) {
			return null;
		}
		return new ActivityDraft((village != null) ? village : 0L, activityType, this.otherType, this.title, this.place,
				startsAt, officers, institutions, this.otherInstitution, topics, this.otherTopic, lines, this.notes,
				this.shownPublicly);
	}

	private LocalDateTime startsAt(BindingResult binding) {
		if (this.date == null || this.date.isBlank()) {
			return null;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(this.date.strip());
		}
		catch (DateTimeParseException ex) {
			binding.rejectValue("date", "outreach.error.date", "outreach.error.date");
			return null;
		}
		if (this.time == null || this.time.isBlank()) {
			binding.rejectValue("time", "outreach.error.required", "outreach.error.required");
			return null;
		}
		try {
			return day.atTime(LocalTime.parse(this.time.strip()));
		}
		catch (DateTimeParseException ex) {
			binding.rejectValue("time", "outreach.error.time", "outreach.error.time");
			return null;
		}
	}

	/** One material per line: "name; quantity" (a line without a quantity counts 0). */
	private List<Material> materials(BindingResult binding) {
		List<Material> lines = new ArrayList<>();
		if (this.materials == null) {
			return lines;
		}
		for (String line : this.materials.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split(";", 2);
			Integer quantity = AttendanceForm.parse((parts.length > 1) ? parts[1] : "");
			if (quantity == null) {
				binding.rejectValue("materials", "outreach.error.material.quantity",
						"outreach.error.material.quantity");
				return lines;
			}
			lines.add(new Material(parts[0].strip(), quantity));
		}
		return lines;
	}

	private static Long number(String value, String field, String code, BindingResult binding) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			binding.rejectValue(field, code, code);
			return null;
		}
	}

	private static List<Long> numbers(List<String> values, String field, BindingResult binding) {
		List<Long> numbers = new ArrayList<>();
		for (String value : values) {
			Long number = number(value, field, "outreach.error.reference.unknown", binding);
			if (number != null) {
				numbers.add(number);
			}
		}
		return numbers;
	}

	/** The uploaded photo, or {@code null} when none was chosen. */
	PhotoUpload photoUpload() {
		return PhotoForm.upload(this.photo);
	}

	public String getVillageId() {
		return this.villageId;
	}

	public void setVillageId(String villageId) {
		this.villageId = villageId;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getOtherType() {
		return this.otherType;
	}

	public void setOtherType(String otherType) {
		this.otherType = otherType;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getTime() {
		return this.time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public List<String> getOfficerIds() {
		return this.officerIds;
	}

	public void setOfficerIds(List<String> officerIds) {
		this.officerIds = (officerIds != null) ? officerIds : new ArrayList<>();
	}

	public List<String> getInstitutionIds() {
		return this.institutionIds;
	}

	public void setInstitutionIds(List<String> institutionIds) {
		this.institutionIds = (institutionIds != null) ? institutionIds : new ArrayList<>();
	}

	public String getOtherInstitution() {
		return this.otherInstitution;
	}

	public void setOtherInstitution(String otherInstitution) {
		this.otherInstitution = otherInstitution;
	}

	public List<String> getTopicIds() {
		return this.topicIds;
	}

	public void setTopicIds(List<String> topicIds) {
		this.topicIds = (topicIds != null) ? topicIds : new ArrayList<>();
	}

	public String getOtherTopic() {
		return this.otherTopic;
	}

	public void setOtherTopic(String otherTopic) {
		this.otherTopic = otherTopic;
	}

	public String getMaterials() {
		return this.materials;
	}

	public void setMaterials(String materials) {
		this.materials = materials;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public boolean isShownPublicly() {
		return this.shownPublicly;
	}

	public void setShownPublicly(boolean shownPublicly) {
		this.shownPublicly = shownPublicly;
	}

	public boolean isHeld() {
		return this.held;
	}

	public void setHeld(boolean held) {
		this.held = held;
	}

	public AttendanceForm getAttendance() {
		return this.attendance;
	}

	public void setAttendance(AttendanceForm attendance) {
		this.attendance = attendance;
	}

	public MultipartFile getPhoto() {
		return this.photo;
	}

	public void setPhoto(MultipartFile photo) {
		this.photo = photo;
	}

}
