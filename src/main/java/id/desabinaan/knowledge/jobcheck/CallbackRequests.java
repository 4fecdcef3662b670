package id.desabinaan.knowledge.jobcheck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Call-back requests. */
interface CallbackRequests extends Repository<CallbackRequest, Long> {

	CallbackRequest save(CallbackRequest request);

	Optional<CallbackRequest> findById(long id);

	/** One office's requests: waiting ones first, then the newest. */
	@Query("select c from CallbackRequest c where c.officeId = :officeId order by c.status, c.createdAt desc")
	List<CallbackRequest> findForOffice(long officeId);

	@Modifying
	@Query("delete from CallbackRequest c where c.createdAt < :cutoff")
	int deleteCreatedBefore(Instant cutoff);

}
