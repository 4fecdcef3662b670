package id.desabinaan.office.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.Office.AreaChange;
import id.desabinaan.office.internal.Office.Contact;
import id.desabinaan.office.internal.OfficeView.OfficeRef;
import id.desabinaan.office.internal.OfficeView.RegionRef;
import id.desabinaan.platform.AuditEvent.Outcome;
import id.desabinaan.platform.AuditLog;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionLevel;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.NotFoundException;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.RuleViolationException;
import id.desabinaan.shared.ScopeLevel;

/**
 * Reads and changes the office registry. Public reads need no account; every staff
 * operation takes the {@link CurrentUser} and checks role and territorial scope itself:
 * <ul>
 * <li>SYSTEM_ADMIN creates, changes and retires any office;</li>
 * <li>every other staff role reads the offices its scope covers (national: all; a Kanwil:
 * itself and below; a Kanim: itself and its UKK);</li>
 * <li>OFFICE_HEAD may also change the contact details of his own Kanim;</li>
 * <li>VILLAGE_OFFICIAL has no access to office administration.</li>
 * </ul>
 * An office outside the caller's scope, or an action the role may not take, is refused
 * with {@link AccessDeniedException} (403); an unknown office is a
 * {@link NotFoundException} (404). Offices are public information, so telling the two
 * apart reveals nothing.
 */
@Service
@Transactional(readOnly = true)
public class OfficeService {

	static final String AUDIT_CREATED = "OFFICE_CREATED";

	static final String AUDIT_CHANGED = "OFFICE_CHANGED";

	static final String AUDIT_CONTACT_CHANGED = "OFFICE_CONTACT_CHANGED";

	static final String AUDIT_AREA_CHANGED = "OFFICE_AREA_CHANGED";

	static final String AUDIT_RETIRED = "OFFICE_RETIRED";

	private final Offices offices;

	private final JpaOfficeDirectory directory;

	private final RegionDirectory regions;

	private final AuditLog audit;

	OfficeService(Offices offices, JpaOfficeDirectory directory, RegionDirectory regions, AuditLog audit) {
		this.offices = offices;
		this.directory = directory;
		this.regions = regions;
		this.audit = audit;
	}

	// ---- public reads ----

	/** Active offices, optionally of one level and/or below one parent, as a tree. */
	public List<OfficeListItem> publicList(OfficeLevel level, Long parentId) {
		return hierarchy(this.directory.tree(), (node) -> node.active()).stream()
			.filter((item) -> level == null || item.level() == level)
			.filter((item) -> parentId == null || parentId.equals(item.parentId()))
			.toList();
	}

	/** One office, active or retired. */
	public OfficeView publicView(long id) {
		return view(office(id));
	}

	/** One office by its stable code. */
	public OfficeView publicViewByCode(String code) {
		return view(this.offices.findByCode(code).orElseThrow(() -> new NotFoundException("office.notFound", code)));
	}

	/**
	 * Which Kanim serves a region.
	 * @throws NotFoundException when the code is unknown or no active Kanim serves it
	 * @throws id.desabinaan.shared.InvalidInputException when the code is malformed
	 */
	public Serving servingOffice(String code) {
		RegionCode regionCode = RegionCode.of(code);
		RegionSummary region = this.regions.find(regionCode)
			.orElseThrow(() -> new NotFoundException("office.region.unknown", code));
		OfficeTree.Node kanim = this.directory.tree()
			.servingOffice(regionCode)
			.orElseThrow(() -> new NotFoundException("office.serving.none", region.fullName()));
		return new Serving(region, publicView(kanim.id()));
	}

	/** The public directory: every active Kanwil with its active Kanim and their UKK. */
	public List<Kanwil> publicDirectory() {
		OfficeTree tree = this.directory.tree();
		List<Kanwil> result = new ArrayList<>();
		for (OfficeTree.Node kanwil : tree.active()) {
			if (kanwil.level() != OfficeLevel.REGIONAL) {
				continue;
			}
			List<OfficeView> kanims = tree.children(kanwil.id())
				.stream()
				.filter(OfficeTree.Node::active)
				.map((kanim) -> view(office(kanim.id())))
				.toList();
			result.add(new Kanwil(view(office(kanwil.id())), kanims));
		}
		return result;
	}

	// ---- staff reads ----

	/** The offices the user's scope covers, retired ones included, as a tree. */
	public List<OfficeListItem> listFor(CurrentUser user) {
		requireStaff(user);
		OfficeTree tree = this.directory.tree();
		return hierarchy(tree, (node) -> tree.covers(user.scope(), node.id()));
	}

	/** One office, if the user's scope covers it. */
	public OfficeView viewFor(CurrentUser user, long id) {
		Office office = office(id);
		requireReader(user, id);
		return view(office);
	}

	/** What the user may do with this office (the pages show only what is allowed). */
	public Permissions permissionsFor(CurrentUser user, long id) {
		Office office = office(id);
		boolean admin = user.hasRole(Role.SYSTEM_ADMIN);
		return new Permissions(admin || isOwnKanimHead(user, office), admin, admin && office.isActive());
	}

	/** Whether the user may register offices. */
	public boolean mayCreate(CurrentUser user) {
		return user.hasRole(Role.SYSTEM_ADMIN);
	}

	/** Active offices that can be the parent of another office (for the forms). */
	public List<OfficeListItem> parentCandidates(CurrentUser user) {
		requireAdmin(user);
		return hierarchy(this.directory.tree(), (node) -> node.active() && node.level() != OfficeLevel.SUB_OFFICE);
	}

	// ---- changes ----

	/** Registers an office (SYSTEM_ADMIN). */
	@Transactional
	public long create(CurrentUser user, OfficeCommands.Create command) {
		requireAdmin(user);
		if (this.offices.existsByCode(command.code())) {
			throw new RuleViolationException("code", "office.code.taken", command.code());
		}
		if (command.level() == OfficeLevel.NATIONAL && this.offices.existsByLevel(OfficeLevel.NATIONAL)) {
			throw new RuleViolationException("level", "office.national.exists");
		}
		Office parent = (command.parentId() != null) ? parent(command.parentId()) : null;
		Office office = new Office(command.code(), command.name(), command.level(), parent, command.kanim(),
				command.timeZone(), command.contact(), command.locationRegencyCode());
		AreaChange area = new AreaChange(Set.of(), Set.of());
		if (command.level() == OfficeLevel.OFFICE) {
			area = assignArea(office, command.workingArea());
		}
		else {
			requireNoArea(command.workingArea());
		}
		office = flush(office);
		record(user, AUDIT_CREATED, office, null);
		if (!area.isEmpty()) {
			record(user, AUDIT_AREA_CHANGED, office, describe(area));
		}
		return office.getId();
	}

	/** Changes everything but code and level (SYSTEM_ADMIN). */
	@Transactional
	public void update(CurrentUser user, long id, OfficeCommands.Change command) {
		requireAdmin(user);
		Office office = office(id);
		Long oldParent = office.parentId();
		Office parent = (command.parentId() != null) ? parent(command.parentId()) : null;
		office.describe(command.name(), parent, command.kanim(), command.timeZone(), command.locationRegencyCode());
		office.changeContact(command.contact());
		AreaChange area = new AreaChange(Set.of(), Set.of());
		if (office.getLevel() == OfficeLevel.OFFICE) {
			area = assignArea(office, command.workingArea());
		}
		else {
			requireNoArea(command.workingArea());
		}
		flush(office);
		String detail = Objects.equals(oldParent, office.parentId()) ? null
				: "parent " + oldParent + " -> " + office.parentId();
		record(user, AUDIT_CHANGED, office, detail);
		if (!area.isEmpty()) {
			record(user, AUDIT_AREA_CHANGED, office, describe(area));
		}
	}

	/** Changes address, phone and e-mail (SYSTEM_ADMIN, or the head of this Kanim). */
	@Transactional
	public void changeContact(CurrentUser user, long id, Contact contact) {
		Office office = office(id);
		if (!user.hasRole(Role.SYSTEM_ADMIN) && !isOwnKanimHead(user, office)) {
			throw new AccessDeniedException("Only the head of this Kanim or an administrator changes its contact");
		}
		office.changeContact(contact);
		flush(office);
		record(user, AUDIT_CONTACT_CHANGED, office, null);
	}

	/** Retires an office with a reason (SYSTEM_ADMIN). */
	@Transactional
	public void retire(CurrentUser user, long id, String reason) {
		requireAdmin(user);
		Office office = office(id);
		office.retire(reason);
		flush(office);
		record(user, AUDIT_RETIRED, office, null);
	}

	// ---- rules and helpers ----

	private AreaChange assignArea(Office office, List<String> codes) {
		List<String> wanted = (codes != null) ? List.copyOf(new LinkedHashSet<>(codes)) : List.of();
		return office.replaceWorkingArea(wanted, isRegency(),
				(code) -> this.offices.findServing(code)
					.filter((holder) -> !Objects.equals(holder.getId(), office.getId()))
					.map(Office::getName));
	}

	private static void requireNoArea(List<String> codes) {
		if (codes != null && !codes.isEmpty()) {
			throw new RuleViolationException("workingArea", "office.workingArea.onlyKanim");
		}
	}

	private Predicate<String> isRegency() {
		return (code) -> this.regions.find(RegionCode.of(code))
			.filter((region) -> region.level() == RegionLevel.REGENCY)
			.isPresent();
	}

	private Office flush(Office office) {
		try {
			return this.offices.saveAndFlush(office);
		}
		catch (DataIntegrityViolationException ex) {
			// two administrators saving the same code or regency at once: the database
			// keeps the rule, the second one gets a message instead of a 500
			throw new RuleViolationException("office", "office.concurrentChange");
		}
	}

	private void record(CurrentUser user, String action, Office office, String detail) {
		this.audit.record(user.getUsername(), action, "office:" + office.getId(), Outcome.SUCCESS, office.getId(),
				detail);
	}

	private static String describe(AreaChange change) {
		List<String> parts = new ArrayList<>();
		change.added().forEach((code) -> parts.add("+" + code));
		change.removed().forEach((code) -> parts.add("-" + code));
		return String.join(" ", parts);
	}

	private Office office(long id) {
		return this.offices.findById(id).orElseThrow(() -> new NotFoundException("office.notFound", id));
	}

	private Office parent(long id) {
		return this.offices.findById(id)
			.orElseThrow(() -> new RuleViolationException("parentId", "office.parent.unknown", id));
	}

	private static void requireStaff(CurrentUser user) {
		if (user == null || !user.role().isStaff()) {
			throw new AccessDeniedException("Office administration is for staff roles");
		}
	}

	private void requireReader(CurrentUser user, long id) {
		requireStaff(user);
		if (!this.directory.tree().covers(user.scope(), id)) {
			throw new AccessDeniedException("Office outside the account's scope");
		}
	}

	private static void requireAdmin(CurrentUser user) {
		if (user == null || !user.hasRole(Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("Only a system administrator changes the office registry");
		}
	}

	private static boolean isOwnKanimHead(CurrentUser user, Office office) {
		return user.hasRole(Role.OFFICE_HEAD) && user.scope().level() == ScopeLevel.OFFICE
				&& office.getLevel() == OfficeLevel.OFFICE && office.getId().equals(user.scope().officeId());
	}

	private OfficeView view(Office office) {
		Office parent = office.getParent();
		OfficeRef parentRef = (parent != null) ? ref(parent) : null;
		RegionRef location = (office.getLocationRegencyCode() != null) ? region(office.getLocationRegencyCode()) : null;
		List<RegionRef> area = office.getWorkingArea().stream().sorted().map(this::region).toList();
		List<OfficeRef> children = office.getChildren()
			.stream()
			.sorted(Comparator.comparing(Office::getLevel).thenComparing(Office::getName))
			.map(OfficeService::ref)
			.toList();
		Contact contact = office.contact();
		return new OfficeView(office.getId(), office.getCode(), office.getName(), office.getLevel(),
				office.getOfficeClass(), office.getTpi(), office.getTimeZone(), contact.address(), contact.phone(),
				contact.email(), parentRef, location, area, children, office.isActive(), office.getRetiredReason(),
				office.getCreatedAt(), office.getCreatedBy(), office.getChangedAt(), office.getChangedBy());
	}

	private static OfficeRef ref(Office office) {
		return new OfficeRef(office.getId(), office.getCode(), office.getName(), office.getLevel(), office.isActive());
	}

	private RegionRef region(String code) {
		return new RegionRef(code, this.regions.find(RegionCode.of(code)).map(RegionSummary::name).orElse(null));
	}

	/** Depth-first from the roots, children by level then name, keeping only matches. */
	private static List<OfficeListItem> hierarchy(OfficeTree tree, Predicate<OfficeTree.Node> keep) {
		List<OfficeListItem> result = new ArrayList<>();
		for (OfficeTree.Node root : tree.roots()) {
			walk(tree, root, 0, keep, result);
		}
		return result;
	}

	private static void walk(OfficeTree tree, OfficeTree.Node node, int depth, Predicate<OfficeTree.Node> keep,
			List<OfficeListItem> result) {
		if (keep.test(node)) {
			result.add(new OfficeListItem(node.id(), node.code(), node.name(), node.level(), node.parentId(), depth,
					node.active()));
		}
		for (OfficeTree.Node child : tree.children(node.id())) {
			walk(tree, child, depth + 1, keep, result);
		}
	}

	/**
	 * The answer to "which office serves this region".
	 *
	 * @param region the region asked about
	 * @param office the serving Kanim
	 */
	public record Serving(RegionSummary region, OfficeView office) {
	}

	/**
	 * A Kanwil with its active Kanim, for the public directory.
	 *
	 * @param office the Kanwil
	 * @param kanims its Kanim
	 */
	public record Kanwil(OfficeView office, List<OfficeView> kanims) {
	}

	/**
	 * What a user may do with one office.
	 *
	 * @param editContact change address, phone and e-mail
	 * @param editAll change everything, including working area and hierarchy
	 * @param retire retire the office
	 */
	public record Permissions(boolean editContact, boolean editAll, boolean retire) {
	}

}
