package id.desabinaan.outreach.participant;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Uploaded lists waiting for a decision. */
interface ParticipantUploads extends JpaRepository<ParticipantUpload, Long> {

	Optional<ParticipantUpload> findByTokenAndActivityId(String token, long activityId);

	@Modifying
	@Query("delete from ParticipantUpload u where u.createdAt < :before")
	int deleteCreatedBefore(Instant before);

}
