package id.desabinaan.outreach;

import id.desabinaan.shared.InvalidInputException;

/**
 * Attendance of an activity as counts, broken down twice: by sex and age band, and by
 * target group.
 *
 * <p>
 * <b>Rule:</b> every participant is counted exactly once in each breakdown: once by sex
 * and age band, and once in the one target group that describes him best (someone who is
 * both a student and a prospective migrant worker counts in one of them; whoever fits no
 * other group is general public). So both breakdowns add up to the same total, the number
 * of participants; {@link #validate()} refuses counts where they differ, naming the field
 * {@code groupTotal}.
 *
 * @param male men and boys by age band
 * @param female women and girls by age band
 * @param groups participants by target group
 */
public record AttendanceCounts(AgeBands male, AgeBands female, TargetGroups groups) {

	/** The largest single count accepted (a typo guard, not a statistic). */
	public static final int MAX_COUNT = 100_000;

	public AttendanceCounts {
		male = (male != null) ? male : AgeBands.NONE;
		female = (female != null) ? female : AgeBands.NONE;
		groups = (groups != null) ? groups : TargetGroups.NONE;
	}

	/** No one. */
	public static final AttendanceCounts NONE = new AttendanceCounts(AgeBands.NONE, AgeBands.NONE, TargetGroups.NONE);

	/** Participants counted by sex and age band: the number of participants. */
	public int total() {
		return this.male.total() + this.female.total();
	}

	/** Participants counted by target group; equal to {@link #total()} when valid. */
	public int groupTotal() {
		return this.groups.total();
	}

	/**
	 * Checks the counts: none negative or absurd, and both breakdowns adding up to the
	 * same total.
	 * @return these counts
	 * @throws InvalidInputException naming the offending field ({@code male.under17},
	 * ..., or {@code groupTotal})
	 */
	public AttendanceCounts validate() {
		this.male.validate("male");
		this.female.validate("female");
		this.groups.validate();
		if (groupTotal() != total()) {
			throw new InvalidInputException("groupTotal", "outreach.attendance.error.totals", groupTotal(), total());
		}
		return this;
	}

	private static void check(String field, int count) {
		if (count < 0) {
			throw new InvalidInputException(field, "outreach.attendance.error.negative");
		}
		if (count > MAX_COUNT) {
			throw new InvalidInputException(field, "outreach.attendance.error.tooMany", MAX_COUNT);
		}
	}

	/**
	 * Participants of one sex by age band (age on the day of the activity).
	 *
	 * @param under17 younger than 17
	 * @param from17to25 17 to 25
	 * @param from26to40 26 to 40
	 * @param from41to60 41 to 60
	 * @param over60 older than 60
	 */
	public record AgeBands(int under17, int from17to25, int from26to40, int from41to60, int over60) {

		/** No one. */
		public static final AgeBands NONE = new AgeBands(0, 0, 0, 0, 0);

		public int total() {
			return this.under17 + this.from17to25 + this.from26to40 + this.from41to60 + this.over60;
		}

		void validate(String sex) {
			check(sex + ".under17", this.under17);
			check(sex + ".from17to25", this.from17to25);
			check(sex + ".from26to40", this.from26to40);
			check(sex + ".from41to60", this.from41to60);
			check(sex + ".over60", this.over60);
		}

	}

	/**
	 * Participants by target group.
	 *
	 * @param prospectiveMigrants prospective migrant workers (CPMI)
	 * @param returningMigrants returning migrant workers
	 * @param students pupils and students
	 * @param villageOfficials village officials (kepala desa, perangkat desa)
	 * @param generalPublic everyone else
	 */
	public record TargetGroups(int prospectiveMigrants, int returningMigrants, int students, int villageOfficials,
			int generalPublic) {

		/** No one. */
		public static final TargetGroups NONE = new TargetGroups(0, 0, 0, 0, 0);

		public int total() {
			return this.prospectiveMigrants + this.returningMigrants + this.students + this.villageOfficials
					+ this.generalPublic;
		}

		void validate() {
			check("groups.prospectiveMigrants", this.prospectiveMigrants);
			check("groups.returningMigrants", this.returningMigrants);
			check("groups.students", this.students);
			check("groups.villageOfficials", this.villageOfficials);
			check("groups.generalPublic", this.generalPublic);
		}

	}

}
