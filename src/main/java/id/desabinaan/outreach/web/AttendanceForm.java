package id.desabinaan.outreach.web;

import org.springframework.validation.BindingResult;

import id.desabinaan.outreach.AttendanceCounts;
import id.desabinaan.outreach.AttendanceCounts.AgeBands;
import id.desabinaan.outreach.AttendanceCounts.TargetGroups;

/**
 * Attendance counts as typed in: numbers by sex and age band and by target group. Empty
 * boxes count as 0; anything else that is not a whole number is rejected on its box.
 * Property paths match the service's field names ({@code male.under17},
 * {@code groups.students}, {@code groupTotal}).
 */
public class AttendanceForm {

	private AgeBandsForm male = new AgeBandsForm();

	private AgeBandsForm female = new AgeBandsForm();

	private GroupsForm groups = new GroupsForm();

	static AttendanceForm of(AttendanceCounts counts) {
		AttendanceForm form = new AttendanceForm();
		form.male = AgeBandsForm.of(counts.male());
		form.female = AgeBandsForm.of(counts.female());
		form.groups = GroupsForm.of(counts.groups());
		return form;
	}

	/** Whether nothing was typed in. */
	boolean isEmpty() {
		return this.male.isEmpty() && this.female.isEmpty() && this.groups.isEmpty();
	}

	/**
	 * The counts, or {@code null} after rejecting a box that is not a whole number.
	 * @param prefix the path of this form in the bound object ("" or "attendance.")
	 */
	AttendanceCounts counts(BindingResult binding, String prefix) {
		Numbers numbers = new Numbers(binding, prefix);
		AgeBands male = this.male.bands(numbers, "male.");
		AgeBands female = this.female.bands(numbers, "female.");
		TargetGroups groups = this.groups.groups(numbers, "groups.");
		return numbers.failed ? null : new AttendanceCounts(male, female, groups);
	}

	/** The total by target group, as far as it can be read (shown next to the groups). */
	public String getGroupTotal() {
		return Integer.toString(this.groups.sum());
	}

	/** The total by sex and age band, as far as it can be read. */
	public String getTotal() {
		return Integer.toString(this.male.sum() + this.female.sum());
	}

	public AgeBandsForm getMale() {
		return this.male;
	}

	public void setMale(AgeBandsForm male) {
		this.male = male;
	}

	public AgeBandsForm getFemale() {
		return this.female;
	}

	public void setFemale(AgeBandsForm female) {
		this.female = female;
	}

	public GroupsForm getGroups() {
		return this.groups;
	}

	public void setGroups(GroupsForm groups) {
		this.groups = groups;
	}

	/** Reads boxes, rejecting what is not a whole number from 0. */
	static final class Numbers {

		private final BindingResult binding;

		private final String prefix;

		private boolean failed;

		Numbers(BindingResult binding, String prefix) {
			this.binding = binding;
			this.prefix = prefix;
		}

		int read(String field, String value) {
			Integer number = parse(value);
			if (number == null) {
				this.binding.rejectValue(this.prefix + field, "outreach.attendance.error.number",
						"outreach.attendance.error.number");
				this.failed = true;
				return 0;
			}
			return number;
		}

	}

	static Integer parse(String value) {
		if (value == null || value.isBlank()) {
			return 0;
		}
		String digits = value.strip();
		if (!digits.matches("\\d{1,7}")) {
			return null;
		}
		return Integer.valueOf(digits);
	}

	static int lenient(String value) {
		Integer number = parse(value);
		return (number != null) ? number : 0;
	}

	static String text(int count) {
		return (count == 0) ? "" : Integer.toString(count);
	}

	/** Counts of one sex by age band. */
	public static class AgeBandsForm {

		private String under17;

		private String from17to25;

		private String from26to40;

		private String from41to60;

		private String over60;

		static AgeBandsForm of(AgeBands bands) {
			AgeBandsForm form = new AgeBandsForm();
			form.under17 = text(bands.under17());
			form.from17to25 = text(bands.from17to25());
			form.from26to40 = text(bands.from26to40());
			form.from41to60 = text(bands.from41to60());
			form.over60 = text(bands.over60());
			return form;
		}

		AgeBands bands(Numbers numbers, String path) {
			return new AgeBands(numbers.read(path + "under17", this.under17),
					numbers.read(path + "from17to25", this.from17to25),
					numbers.read(path + "from26to40", this.from26to40),
					numbers.read(path + "from41to60", this.from41to60), numbers.read(path + "over60", this.over60));
		}

		int sum() {
			return lenient(this.under17) + lenient(this.from17to25) + lenient(this.from26to40)
					+ lenient(this.from41to60) + lenient(this.over60);
		}

		boolean isEmpty() {
			return blank(this.under17) && blank(this.from17to25) && blank(this.from26to40) && blank(this.from41to60)
					&& blank(this.over60);
		}

		public String getUnder17() {
			return this.under17;
		}

		public void setUnder17(String under17) {
			this.under17 = under17;
		}

		public String getFrom17to25() {
			return this.from17to25;
		}

		public void setFrom17to25(String from17to25) {
			this.from17to25 = from17to25;
		}

		public String getFrom26to40() {
			return this.from26to40;
		}

		public void setFrom26to40(String from26to40) {
			this.from26to40 = from26to40;
		}

		public String getFrom41to60() {
			return this.from41to60;
		}

		public void setFrom41to60(String from41to60) {
			this.from41to60 = from41to60;
		}

		public String getOver60() {
			return this.over60;
		}

		public void setOver60(String over60) {
			this.over60 = over60;
		}

	}

	/** Counts by target group. */
	public static class GroupsForm {

		private String prospectiveMigrants;

		private String returningMigrants;

		private String students;

		private String villageOfficials;

		private String generalPublic;

		static GroupsForm of(TargetGroups groups) {
			GroupsForm form = new GroupsForm();
			form.prospectiveMigrants = text(groups.prospectiveMigrants());
			form.returningMigrants = text(groups.returningMigrants());
			form.students = text(groups.students());
			form.villageOfficials = text(groups.villageOfficials());
			form.generalPublic = text(groups.generalPublic());
			return form;
		}

		TargetGroups groups(Numbers numbers, String path) {
			return new TargetGroups(numbers.read(path + "prospectiveMigrants", this.prospectiveMigrants),
					numbers.read(path + "returningMigrants", this.returningMigrants),
					numbers.read(path + "students", this.students),
					numbers.read(path + "villageOfficials", this.villageOfficials),
					numbers.read(path + "generalPublic", this.generalPublic));
		}

		int sum() {
			return lenient(this.prospectiveMigrants) + lenient(this.returningMigrants) + lenient(this.students)
					+ lenient(this.villageOfficials) + lenient(this.generalPublic);
		}

		boolean isEmpty() {
			return blank(this.prospectiveMigrants) && blank(this.returningMigrants) && blank(this.students)
					&& blank(this.villageOfficials) && blank(this.generalPublic);
		}

		public String getProspectiveMigrants() {
			return this.prospectiveMigrants;
		}

		public void setProspectiveMigrants(String prospectiveMigrants) {
			this.prospectiveMigrants = prospectiveMigrants;
		}

		public String getReturningMigrants() {
			return this.returningMigrants;
		}

		public void setReturningMigrants(String returningMigrants) {
			this.returningMigrants = returningMigrants;
		}

		public String getStudents() {
			return this.students;
		}

		public void setStudents(String students) {
			this.students = students;
		}

		public String getVillageOfficials() {
			return this.villageOfficials;
		}

		public void setVillageOfficials(String villageOfficials) {
			this.villageOfficials = villageOfficials;
		}

		public String getGeneralPublic() {
			return this.generalPublic;
		}

		public void setGeneralPublic(String generalPublic) {
			this.generalPublic = generalPublic;
		}

	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
