package id.desabinaan.outreach.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.desabinaan.shared.AuditedEntity;

/**
 * An uploaded participant list with bad rows, kept for the uploader until he imports its
 * good rows, discards it, or a day has passed.
 */
@Entity
@Table(name = "outreach_participant_upload")
class ParticipantUpload extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String token;

	private long activityId;

	private long accountId;

	private String fileName;

	private byte[] content;

	protected ParticipantUpload() {
	}

	ParticipantUpload(String token, long activityId, long accountId, String fileName, byte[] content) {
		this.token = token;
		this.activityId = activityId;
		this.accountId = accountId;
		this.fileName = fileName;
		this.content = content.clone();
	}

	String getToken() {
		return this.token;
	}

	long getActivityId() {
		return this.activityId;
	}

	long getAccountId() {
		return this.accountId;
	}

	String getFileName() {
		return this.fileName;
	}

	byte[] getContent() {
		return this.content.clone();
	}

}
