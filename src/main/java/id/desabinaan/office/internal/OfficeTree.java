package id.desabinaan.office.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.OfficeSummary;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Scope;

/**
 * An immutable snapshot of the office hierarchy and the working areas, with the rules
 * that say which office serves a region and what a territorial scope covers. Pure Java,
 * so the rules are unit-tested without a database; {@link JpaOfficeDirectory} builds it
 * from the tables.
 *
 * <p>
 * Coverage rules, failing closed when the scope points at an office of the wrong level:
 * <ul>
 * <li>NATIONAL covers every office and every region;</li>
 * <li>REGIONAL (a Kanwil) covers the Kanwil, every office below it, and the regions whose
 * kabupaten/kota lies in the working area of one of its Kanim;</li>
 * <li>OFFICE (a Kanim) covers the Kanim and its UKK, and the regions of its working
 * area;</li>
 * <li>VILLAGE covers that village code only, and among offices only its serving Kanim (a
 * village official may see who serves him).</li>
 * </ul>
 * A province code is covered by NATIONAL only: no single Kanim serves a province.
 */
final class OfficeTree {

	private static final Comparator<Node> BY_LEVEL_THEN_NAME = Comparator.comparing(Node::level)
		.thenComparing(Node::name, String.CASE_INSENSITIVE_ORDER)
		.thenComparingLong(Node::id);

	private final Map<Long, Node> nodes = new HashMap<>();

	private final Map<String, Node> byCode = new HashMap<>();

	private final Map<Long, List<Node>> children = new HashMap<>();

	private final Map<String, Long> kanimByRegency;

	private final Map<Long, Set<String>> areaByOffice = new HashMap<>();

	/**
	 * @param nodes every office, active or retired
	 * @param kanimByRegency working areas: kabupaten/kota code ({@code PP.KK}) to the id
	 * of the Kanim that serves it
	 */
	public OfficeTree(Collection<Node> nodes, Map<String, Long> kanimByRegency) {
		for (Node node : nodes) {
			this.nodes.put(node.id(), node);
			this.byCode.put(node.code(), node);
		}
		for (Node node : nodes) {
			if (node.parentId() != null) {
				this.children.computeIfAbsent(node.parentId(), (id) -> new ArrayList<>()).add(node);
			}
		}
		this.children.replaceAll((parentId, list) -> {
			list.sort(BY_LEVEL_THEN_NAME);
			return List.copyOf(list);
		});
		this.kanimByRegency = Map.copyOf(kanimByRegency);
		kanimByRegency.forEach((regency,
				officeId) -> this.areaByOffice.computeIfAbsent(officeId, (id) -> new TreeSet<>()).add(regency));
	}

	public Optional<Node> find(long officeId) {
		return Optional.ofNullable(this.nodes.get(officeId));
	}

	public Optional<Node> findByCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** Active offices, ordered by level then name. */
	public List<Node> active() {
		return this.nodes.values().stream().filter(Node::active).sorted(BY_LEVEL_THEN_NAME).toList();
	}

	/** Offices without a parent (the directorate), active or retired. */
	public List<Node> roots() {
		return this.nodes.values()
			.stream()
			.filter((node) -> node.parentId() == null)
			.sorted(BY_LEVEL_THEN_NAME)
			.toList();
	}

	/**
	 * The direct children of an office (active and retired), ordered by level then name.
	 */
	public List<Node> children(long officeId) {
		return this.children.getOrDefault(officeId, List.of());
	}

	/**
	 * The active Kanim whose working area holds the kabupaten/kota of {@code code}; empty
	 * for a province code or a regency nobody serves.
	 */
	public Optional<Node> servingOffice(RegionCode code) {
		if (code.depth() < 2) {
			return Optional.empty();
		}
		Long officeId = this.kanimByRegency.get(code.regency().value());
		return Optional.ofNullable(officeId).map(this.nodes::get).filter(Node::active);
	}

	/** The office and every office below it, retired ones included; empty if unknown. */
	public Set<Long> selfAndDescendants(long officeId) {
		if (!this.nodes.containsKey(officeId)) {
			return Set.of();
		}
		Set<Long> result = new LinkedHashSet<>();
		collect(officeId, result);
		return Collections.unmodifiableSet(result);
	}

	private void collect(long officeId, Set<Long> result) {
		if (result.add(officeId)) {
			for (Node child : children(officeId)) {
				collect(child.id(), result);
			}
		}
	}

	/** Whether {@code officeId} is {@code ancestorId} or lies below it. */
	public boolean isWithin(long officeId, long ancestorId) {
		Node node = this.nodes.get(officeId);
		int guard = OfficeLevel.values().length;
		while (node != null && guard-- > 0) {
			if (node.id() == ancestorId) {
				return true;
			}
			node = (node.parentId() != null) ? this.nodes.get(node.parentId()) : null;
		}
		return false;
	}

	/** The kabupaten/kota codes of an office's working area, sorted; empty if none. */
	public Set<String> workingArea(long officeId) {
		return Collections.unmodifiableSet(this.areaByOffice.getOrDefault(officeId, Collections.emptySortedSet()));
	}

	/** Whether an account with this scope may see the office. */
	public boolean covers(Scope scope, long officeId) {
		if (!this.nodes.containsKey(officeId)) {
			return false;
		}
		return switch (scope.level()) {
			case NATIONAL -> true;
			case REGIONAL ->
				isScopeOffice(scope.officeId(), OfficeLevel.REGIONAL) && isWithin(officeId, scope.officeId());
			case OFFICE -> isScopeOffice(scope.officeId(), OfficeLevel.OFFICE) && isWithin(officeId, scope.officeId());
			case VILLAGE ->
				servingOffice(RegionCode.of(scope.villageCode())).map((kanim) -> kanim.id() == officeId).orElse(false);
		};
	}

	/** Whether an account with this scope covers the region. */
	public boolean covers(Scope scope, RegionCode code) {
		return switch (scope.level()) {
			case NATIONAL -> true;
			case REGIONAL -> isScopeOffice(scope.officeId(), OfficeLevel.REGIONAL)
					&& servingOffice(code).map((kanim) -> isWithin(kanim.id(), scope.officeId())).orElse(false);
			case OFFICE -> isScopeOffice(scope.officeId(), OfficeLevel.OFFICE)
					&& servingOffice(code).map((kanim) -> kanim.id() == scope.officeId()).orElse(false);
			case VILLAGE -> code.value().equals(scope.villageCode());
		};
	}

	private boolean isScopeOffice(Long officeId, OfficeLevel expected) {
		Node node = (officeId != null) ? this.nodes.get(officeId) : null;
		return node != null && node.level() == expected;
	}

	/**
	 * One office in the snapshot.
	 *
	 * @param id internal identifier
	 * @param code stable short code
	 * @param name full name
	 * @param level level in the hierarchy
	 * @param parentId parent office, {@code null} for the directorate
	 * @param timeZone IANA zone of the office
	 * @param active {@code false} once retired
	 */
	public record Node(long id, String code, String name, OfficeLevel level, Long parentId, String timeZone,
			boolean active) {

		public OfficeSummary summary() {
			return new OfficeSummary(this.id, this.code, this.name, this.level, this.parentId, this.timeZone);
		}

	}

}
