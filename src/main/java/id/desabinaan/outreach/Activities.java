package id.desabinaan.outreach;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Activities extends JpaRepository<Activity, Long>, JpaSpecificationExecutor<Activity> {

	/** Upcoming public activities of a village, soonest first. */
	@Query("""
			select a from Activity a
			where a.partnerVillageId = :village and a.status = :status and a.shownPublicly = true
			  and a.startsAt >= :from
			order by a.startsAt, a.id""")
	List<Activity> upcomingPublic(@Param("village") long villageId, @Param("status") ActivityStatus status,
			@Param("from") Instant from, Pageable page);

	long countByPartnerVillageIdAndStatus(long partnerVillageId, ActivityStatus status);

	/** Participants of held activities of a village (sum of the sex x age counts). */
	@Query("""
			select coalesce(sum(a.attendance.maleUnder17 + a.attendance.male17to25 + a.attendance.male26to40
			  + a.attendance.male41to60 + a.attendance.maleOver60 + a.attendance.femaleUnder17
			  + a.attendance.female17to25 + a.attendance.female26to40 + a.attendance.female41to60
			  + a.attendance.femaleOver60), 0)
			from Activity a where a.partnerVillageId = :village and a.status = :status""")
	long participants(@Param("village") long villageId, @Param("status") ActivityStatus status);

	Optional<Activity> findFirstByPartnerVillageIdAndStatusOrderByStartsAtDesc(long partnerVillageId,
			ActivityStatus status);

	/** Activities of these villages starting in [from, to), in time order. */
	List<Activity> findByPartnerVillageIdInAndStartsAtBetweenOrderByStartsAt(Collection<Long> villageIds, Instant from,
			Instant to);

	List<Activity> findByPartnerVillageIdInOrderByStartsAtDesc(Collection<Long> villageIds);

	/** The start of the latest held activity of each of these villages. */
	@Query("""
			select a.partnerVillageId, max(a.startsAt) from Activity a
			where a.partnerVillageId in :villages and a.status = :status
			group by a.partnerVillageId""")
	List<Object[]> latestByVillage(@Param("villages") Collection<Long> villageIds,
			@Param("status") ActivityStatus status);

	/** Planned activities of these villages starting at or after {@code from}. */
	List<Activity> findByPartnerVillageIdInAndStatusAndStartsAtGreaterThanEqualOrderByStartsAt(
			Collection<Long> villageIds, ActivityStatus status, Instant from);

	/**
	 * Planned activities of these villages whose start has passed (neither held nor
	 * cancelled).
	 */
	List<Activity> findByPartnerVillageIdInAndStatusAndStartsAtLessThanOrderByStartsAt(Collection<Long> villageIds,
			ActivityStatus status, Instant before);

	/** Held activities of these villages without attendance. */
	List<Activity> findByPartnerVillageIdInAndStatusAndAttendanceSourceIsNullOrderByStartsAt(
			Collection<Long> villageIds, ActivityStatus status);

	Optional<Activity> findFirstByVillageCodeAndTitle(String villageCode, String title);

}
