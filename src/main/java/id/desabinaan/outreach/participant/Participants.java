package id.desabinaan.outreach.participant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Participants of activities. */
interface Participants extends JpaRepository<Participant, Long> {

	List<Participant> findByActivityIdOrderByNameAscIdAsc(long activityId);

	Optional<Participant> findByIdAndActivityId(long id, long activityId);

	long countByActivityId(long activityId);

}
