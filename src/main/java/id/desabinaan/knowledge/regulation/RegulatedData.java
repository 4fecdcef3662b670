package id.desabinaan.knowledge.regulation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.RegulatedDataChanged;
import id.desabinaan.knowledge.RegulatedDataKind;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.InvalidInputException;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RuleViolationException;

/**
 * Reading and editing one kind of regulated data (one bean per kind, see
 * {@link RegulationConfig}). Staff read the versions with their history; editors
 * ({@link RegulationEditors}) add a version that starts today or later, withdraw a
 * version that has not started, or set the last day of a version. Every change is written
 * to the audit log and announced as {@link RegulatedDataChanged}.
 */
@Transactional(readOnly = true)
public class RegulatedData<T extends RegulatedVersion> {

	static final String AUDIT_ADDED = "REGULATED_DATA_VERSION_ADDED";

	static final String AUDIT_WITHDRAWN = "REGULATED_DATA_VERSION_WITHDRAWN";

	static final String AUDIT_ENDED = "REGULATED_DATA_VERSION_ENDED";

	private final RegulatedDataKind kind;

	private final RegulatedVersions<T> versions;

	private final RegulatedCalendar calendar;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Supplier<List<T>> bundled;

	RegulatedData(RegulatedDataKind kind, RegulatedVersions<T> versions, Supplier<List<T>> bundled,
			RegulatedCalendar calendar, AuditLog audit, ApplicationEventPublisher events) {
		this.kind = kind;
		this.versions = versions;
		this.bundled = bundled;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
	}

	public RegulatedDataKind kind() {
		return this.kind;
	}

	/** Today for regulated data (WIB). */
	public LocalDate today() {
		return this.calendar.today();
	}

	// ---- public reads (no account) ----

	/** The versions in effect on a date. */
	public List<T> inEffectOn(LocalDate date) {
		return Timeline.inEffect(this.versions.findAllByOrderById(), date);
	}

	/** The versions that start after a date (announced changes), by start. */
	public List<T> startingAfter(LocalDate date) {
		return Timeline.startingAfter(this.versions.findAllByOrderById(), date);
	}

	// ---- staff ----

	/** Every item with its current, future and past versions, for staff. */
	public List<Timeline.Item<T>> itemsFor(CurrentUser user) {
		RegulationEditors.requireReader(user);
		return Timeline.items(this.versions.findAllByOrderById(), today());
	}

	/** One version, for staff (withdrawn ones included). */
	public T versionFor(CurrentUser user, long id) {
		RegulationEditors.requireReader(user);
		return version(id);
	}

	/**
	 * Adds a version. It must start today or later, and no other version of the same item
	 * may start on the same day.
	 */
	@Transactional
	public T add(CurrentUser user, T candidate) {
		RegulationEditors.requireEditor(user);
		LocalDate today = today();
		if (candidate.getValidFrom().isBefore(today)) {
			throw new InvalidInputException("validFrom", "knowledge.error.validFrom.past", today);
		}
		requireFreeStart(candidate);
		T saved = save(candidate);
		changed(user, AUDIT_ADDED, saved, saved.describe());
		return saved;
	}

	/** Withdraws a version that has not started yet. */
	@Transactional
	public void withdraw(CurrentUser user, long id) {
		RegulationEditors.requireEditor(user);
		T version = version(id);
		version.withdraw(user.getUsername(), this.calendar.now(), today());
		save(version);
		changed(user, AUDIT_WITHDRAWN, version, null);
	}

	/** Sets the last day a version applies. */
	@Transactional
	public void end(CurrentUser user, long id, LocalDate lastDay) {
		RegulationEditors.requireEditor(user);
		T version = version(id);
		version.endOn(lastDay, today());
		save(version);
		changed(user, AUDIT_ENDED, version, "until=" + lastDay);
	}

	/**
	 * Adds each version of the bundled reference files that has no version of the same
	 * item starting on the same day (withdrawn ones included): the importer never re-adds
	 * what an editor withdrew, and never changes a row.
	 * @return how many versions were added
	 */
	@Transactional
	int importBundled() {
		List<T> known = this.versions.findAllByOrderById();
		int added = 0;
		for (T candidate : this.bundled.get()) {
			boolean present = known.stream()
				.anyMatch((version) -> version.itemKey().equals(candidate.itemKey())
						&& version.getValidFrom().equals(candidate.getValidFrom()));
			if (!present) {
				this.versions.save(candidate);
				added++;
			}
		}
		return added;
	}

	private void requireFreeStart(T candidate) {
		boolean taken = Timeline.items(this.versions.findAllByOrderById(), today())
			.stream()
			.filter((item) -> item.key().equals(candidate.itemKey()))
			.flatMap((item) -> item.rows().stream())
			.anyMatch((row) -> row.version().getValidFrom().equals(candidate.getValidFrom()));
		if (taken) {
			throw new RuleViolationException("validFrom", "knowledge.error.validFrom.taken", candidate.getValidFrom());
		}
	}

	private T version(long id) {
		return this.versions.findById(id).orElseThrow(() -> new NotFoundException("knowledge.version.notFound", id));
	}

	private T save(T version) {
		try {
			return this.versions.saveAndFlush(version);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("validFrom", "knowledge.error.validFrom.taken", version.getValidFrom());
		}
	}

	private void changed(CurrentUser user, String action, T version, String detail) {
		String target = this.kind + ":" + version.itemKey() + "@" + version.getValidFrom();
		this.audit.record(user.getUsername(), action, target, Outcome.SUCCESS, null, detail);
		this.events.publishEvent(new RegulatedDataChanged(this.kind, version.itemKey(), version.getValidFrom()));
	}

}
