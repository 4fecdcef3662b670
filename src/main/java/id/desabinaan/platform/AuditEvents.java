package id.desabinaan.platform;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * Read and append access to the audit log; deliberately without update or delete methods.
 */
interface AuditEvents extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

	Page<AuditEvent> findByOfficeIdInOrderByOccurredAtDescIdDesc(Collection<Long> officeIds, Pageable pageable);

	long countByActionAndTarget(String action, String target);

}
