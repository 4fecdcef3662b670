package id.desabinaan.outreach;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityPhotos extends JpaRepository<ActivityPhoto, Long> {

	List<ActivityPhoto> findByActivityIdOrderById(long activityId);

	List<ActivityPhoto> findByActivityIdInOrderById(Collection<Long> activityIds);

	long countByActivityId(long activityId);

	Optional<ActivityPhoto> findByIdAndActivityId(long id, long activityId);

}
