package id.desabinaan.outreach;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityPhotos extends JpaRepository<ActivityPhoto, Long> {

	List<ActivityPhoto> findByActivityIdOrderById(long activityId);

	Optional<ActivityPhoto> findByIdAndActivityId(long id, long activityId);

}
