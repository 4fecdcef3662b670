package id.desabinaan.outreach.quiz;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import id.desabinaan.outreach.ActivityStatus;

/**
 * Quizzes of activities, and the few facts of their activity the public quiz page shows.
 */
interface ActivityQuizzes extends JpaRepository<ActivityQuiz, Long> {

	Optional<ActivityQuiz> findByActivityId(long activityId);

	Optional<ActivityQuiz> findByCode(String code);

	List<ActivityQuiz> findByActivityIdIn(Collection<Long> activityIds);

	/** The quizzes of a village's activities that are not cancelled. */
	@Query("""
			select q from ActivityQuiz q, Activity a
			where a.id = q.activityId and a.partnerVillageId = :village and a.status <> :cancelled""")
	List<ActivityQuiz> ofVillage(@Param("village") long villageId, @Param("cancelled") ActivityStatus cancelled);

	/** What the public quiz page tells about its activity. */
	@Query("""
			select a.id as id, a.title as title, a.startsAt as startsAt, a.partnerVillageId as villageId,
			       a.officeId as officeId, a.status as status, a.shownPublicly as shownPublicly
			from Activity a where a.id = :id""")
	Optional<ActivityFacts> facts(@Param("id") long activityId);

	/** The facts of an activity that residents may see (projection). */
	interface ActivityFacts {

		long getId();

		String getTitle();

		java.time.Instant getStartsAt();

		long getVillageId();

		long getOfficeId();

		ActivityStatus getStatus();

		boolean isShownPublicly();

	}

}
