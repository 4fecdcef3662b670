package id.desabinaan.platform;

import java.time.Clock;
import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.platform.AuditEvent.Outcome;

/**
 * Writes security events (sign-in, failed sign-in, lockout, role change, account
 * creation, access to personal data) to the append-only audit log, and reads them back by
 * scope. Never pass personal data or report text as {@code detail}.
 */
@Service
public class AuditLog {

	private final AuditEvents events;

	private final Clock clock;

	AuditLog(AuditEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an event in its own transaction, so that it stays even when the caller
	 * rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String actor, String action, String target, Outcome outcome, Long officeId, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), truncate(actor, 100), action, truncate(target, 200),
				outcome, officeId, truncate(detail, 500)));
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> all(Pageable pageable) {
		return this.events.findAllByOrderByOccurredAtDescIdDesc(pageable);
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> forOffices(Collection<Long> officeIds, Pageable pageable) {
		return this.events.findByOfficeIdInOrderByOccurredAtDescIdDesc(officeIds, pageable);
	}

	@Transactional(readOnly = true)
	public long count(String action, String target) {
		return this.events.countByActionAndTarget(action, target);
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
