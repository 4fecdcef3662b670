package id.desabinaan.office.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.desabinaan.office.OfficeContact;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;

/**
 * {@link OfficeDirectory} over the office tables. Scope checks run on nearly every
 * request, so the hierarchy is held as an {@link OfficeTree} snapshot and reloaded only
 * when the database says it changed: one aggregate query (count and sum of row versions)
 * per call. The stamp lives in the database, so several application nodes stay consistent
 * without sharing memory.
 */
@Service
@Transactional(readOnly = true)
class JpaOfficeDirectory implements OfficeDirectory {

	private final Offices offices;

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

	JpaOfficeDirectory(Offices offices) {
		this.offices = offices;
	}

	/**
	 * The current hierarchy; also used by the office service for its scope checks. Inside
	 * a caller's read-write transaction the tree may hold uncommitted changes, so it is
	 * built fresh and not cached.
	 */
	OfficeTree tree() {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return load();
		}
		long stamp = this.offices.snapshotStamp();
		Snapshot current = this.snapshot.get();
		if (current != null && current.stamp() == stamp) {
			return current.tree();
		}
		OfficeTree tree = load();
		this.snapshot.set(new Snapshot(stamp, tree));
		return tree;
	}

	private OfficeTree load() {
		List<OfficeTree.Node> nodes = new ArrayList<>();
		for (Object[] row : this.offices.snapshotNodes()) {
			nodes.add(new OfficeTree.Node((Long) row[0], (String) row[1], (String) row[2], (OfficeLevel) row[3],
					(Long) row[4], (String) row[5], (Boolean) row[6]));
		}
		Map<String, Long> areas = new HashMap<>();
		for (Object[] row : this.offices.snapshotWorkingAreas()) {
			areas.put((String) row[0], (Long) row[1]);
		}
		return new OfficeTree(nodes, areas);
	}

	@Override
	public Optional<OfficeSummary> find(long officeId) {
		return tree().find(officeId).map(OfficeTree.Node::summary);
	}

	@Override
	public Optional<OfficeSummary> findByCode(String code) {
		return tree().findByCode(code).map(OfficeTree.Node::summary);
	}

	@Override
	public Optional<OfficeContact> contact(long officeId) {
		return this.offices.findById(officeId)
			.map(Office::contact)
			.map((contact) -> new OfficeContact(contact.address(), contact.phone(), contact.email()));
	}

	@Override
	public Optional<OfficeSummary> servingOffice(RegionCode code) {
		return tree().servingOffice(code).map(OfficeTree.Node::summary);
	}

	@Override
	public Set<Long> selfAndDescendants(long officeId) {
		return tree().selfAndDescendants(officeId);
	}

	@Override
	public boolean isWithin(long officeId, long ancestorId) {
		return tree().isWithin(officeId, ancestorId);
	}

	@Override
	public Set<String> workingArea(long officeId) {
		return tree().workingArea(officeId);
	}

	@Override
	public List<OfficeSummary> all() {
		return tree().active().stream().map(OfficeTree.Node::summary).toList();
	}

	@Override
	public boolean covers(Scope scope, long officeId) {
		return tree().covers(scope, officeId);
	}

	@Override
	public boolean covers(Scope scope, RegionCode code) {
		return tree().covers(scope, code);
	}

	private record Snapshot(long stamp, OfficeTree tree) {
	}

}
