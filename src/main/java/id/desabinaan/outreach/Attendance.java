package id.desabinaan.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import id.desabinaan.outreach.AttendanceCounts.AgeBands;
import id.desabinaan.outreach.AttendanceCounts.TargetGroups;

/** The attendance counts as the activity table keeps them. */
@Embeddable
class Attendance {

	@Column(name = "male_under17")
	private int maleUnder17;

	@Column(name = "male_17_25")
	private int male17to25;

	@Column(name = "male_26_40")
	private int male26to40;

	@Column(name = "male_41_60")
	private int male41to60;

	@Column(name = "male_over60")
	private int maleOver60;

	@Column(name = "female_under17")
	private int femaleUnder17;

	@Column(name = "female_17_25")
	private int female17to25;

	@Column(name = "female_26_40")
	private int female26to40;

	@Column(name = "female_41_60")
	private int female41to60;

	@Column(name = "female_over60")
	private int femaleOver60;

	@Column(name = "group_prospective_migrants")
	private int prospectiveMigrants;

	@Column(name = "group_returning_migrants")
	private int returningMigrants;

	@Column(name = "group_students")
	private int students;

	@Column(name = "group_village_officials")
	private int villageOfficials;

	@Column(name = "group_general_public")
	private int generalPublic;

	protected Attendance() {
	}

	static Attendance of(AttendanceCounts counts) {
		Attendance attendance = new Attendance();
		AgeBands male = counts.male();
		AgeBands female = counts.female();
		TargetGroups groups = counts.groups();
		attendance.maleUnder17 = male.under17();
		attendance.male17to25 = male.from17to25();
		attendance.male26to40 = male.from26to40();
		attendance.male41to60 = male.from41to60();
		attendance.maleOver60 = male.over60();
		attendance.femaleUnder17 = female.under17();
		attendance.female17to25 = female.from17to25();
		attendance.female26to40 = female.from26to40();
		attendance.female41to60 = female.from41to60();
		attendance.femaleOver60 = female.over60();
		attendance.prospectiveMigrants = groups.prospectiveMigrants();
		attendance.returningMigrants = groups.returningMigrants();
		attendance.students = groups.students();
		attendance.villageOfficials = groups.villageOfficials();
		attendance.generalPublic = groups.generalPublic();
		return attendance;
	}

	AttendanceCounts counts() {
		return new AttendanceCounts(
				new AgeBands(this.maleUnder17, this.male17to25, this.male26to40, this.male41to60, this.maleOver60),
				new AgeBands(this.femaleUnder17, this.female17to25, this.female26to40, this.female41to60,
						this.femaleOver60),
				new TargetGroups(this.prospectiveMigrants, this.returningMigrants, this.students, this.villageOfficials,
						this.generalPublic));
	}

}
