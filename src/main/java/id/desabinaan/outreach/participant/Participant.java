package id.desabinaan.outreach.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * One participant of one activity, from an imported list. Holds no NIK: only its keyed
 * hash, to recognise the same person on a re-import.
 */
@Entity
@Table(name = "outreach_participant")
class Participant extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long activityId;

	private String name;

	private String sex;

	private int birthYear;

	private String targetGroup;

	private String phone;

	private String nikHash;

	private String personKey;

	protected Participant() {
	}

	Participant(long activityId, ParticipantRow row, String nikHash) {
		this.activityId = activityId;
		update(row, nikHash);
	}

	/**
	 * Same person: the same NIK when both have one, otherwise the same normalised name,
	 * birth year and sex.
	 */
	boolean isSamePerson(String otherNikHash, String otherPersonKey) {
		if (this.nikHash != null && otherNikHash != null) {
			return this.nikHash.equals(otherNikHash);
		}
		return this.personKey.equals(otherPersonKey);
	}

	/**
	 * Takes what the newer list says; a NIK once known is kept when the newer list has
	 * none, and so is the phone number.
	 */
	void update(ParticipantRow row, String nikHash) {
		this.name = row.name();
		this.sex = row.sex().code();
		this.birthYear = row.birthYear();
		this.targetGroup = row.targetGroup().name();
		this.personKey = row.personKey();
		if (row.phone() != null) {
			this.phone = row.phone();
		}
		if (nikHash != null) {
			this.nikHash = nikHash;
		}
	}

	Long getId() {
		return this.id;
	}

	long getActivityId() {
		return this.activityId;
	}

	String getName() {
		return this.name;
	}

	Sex getSex() {
		return "F".equals(this.sex) ? Sex.FEMALE : Sex.MALE;
	}

	int getBirthYear() {
		return this.birthYear;
	}

	TargetGroup getTargetGroup() {
		return TargetGroup.valueOf(this.targetGroup);
	}

	String getPhone() {
		return this.phone;
	}

	boolean hasNik() {
		return this.nikHash != null;
	}

	String getPersonKey() {
		return this.personKey;
	}

}
