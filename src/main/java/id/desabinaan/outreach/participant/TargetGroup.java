package id.desabinaan.outreach.participant;

import java.util.Set;

/** The programme's target groups, as a participant list names them. */
public enum TargetGroup {

	/** Calon PMI: residents preparing to work abroad. */
	PROSPECTIVE_MIGRANT(Set.of("calon pmi", "cpmi", "calon tki", "calon pekerja migran", "prospective migrant",
			"prospective migrant worker", "prospective migrant workers")),
	/** PMI purna: migrant workers who have come home. */
	RETURNING_MIGRANT(Set.of("pmi purna", "purna pmi", "mantan pmi", "eks pmi", "returned migrant",
			"returned migrant worker", "returning migrant", "returning migrants", "returnee")),
	/** Pelajar: pupils and students. */
	STUDENT(Set.of("pelajar", "siswa", "mahasiswa", "student", "students", "pupil")),
	/** Perangkat desa: village officials. */
	VILLAGE_OFFICIAL(
			Set.of("perangkat desa", "aparat desa", "pemerintah desa", "village official", "village officials")),
	/** Masyarakat umum: the general public. */
	GENERAL_PUBLIC(Set.of("masyarakat umum", "masyarakat", "umum", "warga", "general public", "public", "general"));

	private final Set<String> spellings;

	TargetGroup(Set<String> spellings) {
		this.spellings = spellings;
	}

	/** The group a cell names (Indonesian or English, any case), or {@code null}. */
	static TargetGroup parse(String text) {
		String key = ParticipantColumn.normalise(text);
		for (TargetGroup group : values()) {
			if (group.spellings.contains(key) || group.name().equalsIgnoreCase(key.replace(' ', '_'))) {
				return group;
			}
		}
		return null;
	}

	/** The label written in the template files. */
	String templateLabel() {
		return switch (this) {
			case PROSPECTIVE_MIGRANT -> "calon PMI";
			case RETURNING_MIGRANT -> "PMI purna";
			case STUDENT -> "pelajar";
			case VILLAGE_OFFICIAL -> "perangkat desa";
			case GENERAL_PUBLIC -> "masyarakat umum";
		};
	}

}
