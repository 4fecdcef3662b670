package id.desabinaan.account;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.platform.AuditEvent;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;

/**
 * The audit-log page: SYSTEM_ADMIN reads every event, an OFFICE_HEAD the events of his
 * Kanim and its sub-offices (including the village officials of its working area).
 */
@Service
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICE_HEAD')")
public class AuditTrail {

	/** Where times are shown when the reader has no office: Western Indonesia (WIB). */
	static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private final AuditLog auditLog;

	private final OfficeDirectory offices;

	AuditTrail(AuditLog auditLog, OfficeDirectory offices) {
		this.auditLog = auditLog;
		this.offices = offices;
	}

	/**
	 * One line of the audit page.
	 *
	 * @param occurredAt when it happened
	 * @param actor who did it ({@code unknown} for a username without account)
	 * @param action what was done
	 * @param target to whom or what
	 * @param outcome SUCCESS or FAILURE
	 * @param officeId the office the event belongs to
	 * @param detail short technical detail, never personal data
	 */
	public record Entry(Instant occurredAt, String actor, String action, String target, String outcome, Long officeId,
			String detail) {

		static Entry of(AuditEvent event) {
			return new Entry(event.getOccurredAt(), event.getActor(), event.getAction(), event.getTarget(),
					event.getOutcome(), event.getOfficeId(), event.getDetail());
		}

	}

	@Transactional(readOnly = true)
	public Page<Entry> page(CurrentUser reader, Pageable pageable) {
		Page<AuditEvent> events = reader.hasRole(Role.SYSTEM_ADMIN) ? this.auditLog.all(pageable)
				: this.auditLog.forOffices(this.offices.selfAndDescendants(reader.scope().officeId()), pageable);
		return events.map(Entry::of);
	}

	/** The time zone the reader reads times in: his office's, WIB otherwise. */
	@Transactional(readOnly = true)
	public ZoneId zoneOf(CurrentUser reader) {
		if (reader.scope().officeId() == null) {
			return DEFAULT_ZONE;
		}
		return this.offices.find(reader.scope().officeId())
			.map(OfficeSummary::timeZone)
			.map(ZoneId::of)
			.orElse(DEFAULT_ZONE);
	}

}
