package id.desabinaan.outreach.participant;

import java.util.Collection;

import id.desabinaan.outreach.AttendanceCounts;
import id.desabinaan.outreach.AttendanceCounts.AgeBands;
import id.desabinaan.outreach.AttendanceCounts.TargetGroups;

/**
 * The attendance counts of a participant list: each participant once by sex and age band
 * (age in the activity's year, from the birth year) and once by target group.
 */
final class ParticipantCounts {

	private ParticipantCounts() {
	}

	static AttendanceCounts of(Collection<Participant> participants, int activityYear) {
		int[] male = new int[5];
		int[] female = new int[5];
		int[] groups = new int[TargetGroup.values().length];
		for (Participant participant : participants) {
			int band = band(activityYear - participant.getBirthYear());
			if (participant.getSex() == Sex.FEMALE) {
				female[band]++;
			}
			else {
				male[band]++;
			}
			groups[participant.getTargetGroup().ordinal()]++;
		}
		return new AttendanceCounts(bands(male), bands(female),
				new TargetGroups(groups[TargetGroup.PROSPECTIVE_MIGRANT.ordinal()],
						groups[TargetGroup.RETURNING_MIGRANT.ordinal()], groups[TargetGroup.STUDENT.ordinal()],
						groups[TargetGroup.VILLAGE_OFFICIAL.ordinal()], groups[TargetGroup.GENERAL_PUBLIC.ordinal()]));
	}

	/** The age band: under 17, 17-25, 26-40, 41-60, over 60. */
	static int band(int age) {
		if (age < 17) {
			return 0;
		}
		if (age <= 25) {
			return 1;
		}
		if (age <= 40) {
			return 2;
		}
		return (age <= 60) ? 3 : 4;
	}

	private static AgeBands bands(int[] counts) {
		return new AgeBands(counts[0], counts[1], counts[2], counts[3], counts[4]);
	}

}
