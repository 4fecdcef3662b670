package id.desabinaan.outreach.participant;

/**
 * One checked row of a participant list. The NIK is held only until the row is imported,
 * where it becomes a keyed hash.
 *
 * @param row the row number a spreadsheet program shows
 * @param name the name as written (spaces collapsed)
 * @param sex the participant's sex
 * @param birthYear the year of birth (from the age when only the age was given)
 * @param targetGroup the target group
 * @param phone the mobile number in +62 form, or {@code null}
 * @param nik the NIK, or {@code null}
 */
record ParticipantRow(int row, String name, Sex sex, int birthYear, TargetGroup targetGroup, String phone, String nik) {

	/** The identity of a participant without NIK: normalised name, birth year and sex. */
	String personKey() {
		return PersonKeys.of(this.name, this.birthYear, this.sex);
	}

	/**
	 * Same NIK when both have one; otherwise same normalised name, birth year and sex.
	 */
	boolean samePersonAs(ParticipantRow other) {
		if (this.nik != null && other.nik != null) {
			return this.nik.equals(other.nik);
		}
		return personKey().equals(other.personKey());
	}

	@Override
	public String toString() {
		// never print the NIK or the phone number (logs, test failures)
		return "ParticipantRow[row=" + this.row + "]";
	}

}
