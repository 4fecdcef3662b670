package id.desabinaan.outreach.web;

import id.desabinaan.outreach.AttendanceCounts;
import id.desabinaan.outreach.AttendanceCounts.AgeBands;
import id.desabinaan.outreach.AttendanceCounts.TargetGroups;

/**
 * Attendance counts sent to the API; a count left out is 0.
 *
 * @param male men and boys by age band
 * @param female women and girls by age band
 * @param groups participants by target group (each counted once)
 */
record AttendanceRequest(Bands male, Bands female, Groups groups) {

	AttendanceCounts counts() {
		Bands none = new Bands(null, null, null, null, null);
		return new AttendanceCounts(((this.male != null) ? this.male : none).bands(),
				((this.female != null) ? this.female : none).bands(),
				((this.groups != null) ? this.groups : new Groups(null, null, null, null, null)).groups());
	}

	private static int count(Integer value) {
		return (value != null) ? value : 0;
	}

	/**
	 * Participants of one sex by age band.
	 *
	 * @param under17 younger than 17
	 * @param from17to25 17 to 25
	 * @param from26to40 26 to 40
	 * @param from41to60 41 to 60
	 * @param over60 older than 60
	 */
	record Bands(Integer under17, Integer from17to25, Integer from26to40, Integer from41to60, Integer over60) {

		AgeBands bands() {
			return new AgeBands(count(this.under17), count(this.from17to25), count(this.from26to40),
					count(this.from41to60), count(this.over60));
		}

	}

	/**
	 * Participants by target group.
	 *
	 * @param prospectiveMigrants prospective migrant workers
	 * @param returningMigrants returning migrant workers
	 * @param students students
	 * @param villageOfficials village officials
	 * @param generalPublic everyone else
	 */
	record Groups(Integer prospectiveMigrants, Integer returningMigrants, Integer students, Integer villageOfficials,
			Integer generalPublic) {

		TargetGroups groups() {
			return new TargetGroups(count(this.prospectiveMigrants), count(this.returningMigrants),
					count(this.students), count(this.villageOfficials), count(this.generalPublic));
		}

	}

}
