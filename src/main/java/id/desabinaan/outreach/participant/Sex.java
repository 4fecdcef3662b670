package id.desabinaan.outreach.participant;

import java.util.Set;

/** A participant's sex as the attendance counts split it. */
public enum Sex {

	/** Laki-laki (L), male (M). */
	MALE("M", Set.of("l", "lk", "laki", "laki laki", "lakilaki", "pria", "m", "male", "man")),
	/** Perempuan (P), female (F). */
	FEMALE("F", Set.of("p", "pr", "perempuan", "wanita", "f", "female", "woman"));

	private final String code;

	private final Set<String> spellings;

	Sex(String code, Set<String> spellings) {
		this.code = code;
		this.spellings = spellings;
	}

	/** One letter, as stored. */
	String code() {
		return this.code;
	}

	/** The sex a cell names (L/P, M/F, the words in both languages), or {@code null}. */
	static Sex parse(String text) {
		String key = ParticipantColumn.normalise(text).replace("-", " ");
		for (Sex sex : values()) {
			if (sex.spellings.contains(key)) {
				return sex;
			}
		}
		return null;
	}

}
