package id.desabinaan.outreach.participant;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Participant-list settings ({@code desabinaan.participants.*}).
 *
 * @param nikKey the secret key of the NIK hash (environment variable
 * {@code PARTICIPANT_NIK_KEY}); at least 16 characters, required
 * @param maxFileSize the largest list file accepted
 * @param maxRows the most participant rows one file may hold
 * @param uploadLifetime how long an uploaded list with bad rows is kept
 */
@ConfigurationProperties("desabinaan.participants")
public record ParticipantProperties(String nikKey, @DefaultValue("1MB") DataSize maxFileSize,
		@DefaultValue("2000") int maxRows, @DefaultValue("24h") Duration uploadLifetime) {

	/** The shortest NIK key accepted. */
	static final int MIN_KEY_LENGTH = 16;

	public ParticipantProperties {
		if (nikKey == null || nikKey.length() < MIN_KEY_LENGTH) {
			throw new IllegalArgumentException(
					"Set PARTICIPANT_NIK_KEY (desabinaan.participants.nik-key) to a secret of " + "at least "
							+ MIN_KEY_LENGTH + " characters: NIKs are kept only as a keyed hash under it");
		}
		if (maxFileSize.toBytes() < 1 || maxRows < 1 || uploadLifetime.isNegative() || uploadLifetime.isZero()) {
			throw new IllegalArgumentException("desabinaan.participants.* limits must be positive");
		}
	}

}
