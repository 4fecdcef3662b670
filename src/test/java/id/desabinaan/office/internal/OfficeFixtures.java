package id.desabinaan.office.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.office.OfficeLevel;
import id.desabinaan.office.internal.Office.Contact;
import id.desabinaan.office.internal.Office.Kanim;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;
import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * Test offices with unique codes and working areas taken from regencies nobody serves yet
 * (the test database is shared, so nothing here assumes what else exists), and principals
 * built directly as the account module would build them at sign-in.
 */
public class OfficeFixtures {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private final OfficeService offices;

	private final OfficeDirectory directory;

	private final RegionDirectory regions;

	public OfficeFixtures(OfficeService offices, OfficeDirectory directory, RegionDirectory regions) {
		this.offices = offices;
		this.directory = directory;
		this.regions = regions;
	}

	public static String unique(String prefix) {
		return prefix + "-T" + SEQUENCE.incrementAndGet();
	}

	public static CurrentUser user(Role role, Scope scope) {
		long id = 900_000_000L + SEQUENCE.incrementAndGet();
		return new CurrentUser(id, role.name().toLowerCase() + "-" + id, "Test " + role, role, scope, null, true, true);
	}

	public static CurrentUser admin() {
		return user(Role.SYSTEM_ADMIN, Scope.national());
	}

	public long id(String code) {
		return this.directory.findByCode(code).orElseThrow().id();
	}

	/** Kabupaten/kota codes no office serves yet, from the far end of the list. */
	public List<String> freeRegencies(int count) {
		List<String> free = new ArrayList<>();
		List<RegionSummary> provinces = new ArrayList<>(this.regions.provinces());
		provinces.sort(Comparator.comparing(RegionSummary::code).reversed());
		for (RegionSummary province : provinces) {
			for (RegionSummary regency : this.regions.children(RegionCode.of(province.code())).reversed()) {
				if (this.directory.servingOffice(RegionCode.of(regency.code())).isEmpty()) {
					free.add(regency.code());
					if (free.size() == count) {
						return free;
					}
				}
			}
		}
		throw new IllegalStateException("not enough free regencies");
	}

	public long kanwil() {
		String code = unique("KANWIL");
		return this.offices.create(admin(), new OfficeCommands.Create(code, "Kanwil Uji " + code, OfficeLevel.REGIONAL,
				id("DITJEN"), Kanim.NONE, "Asia/Jakarta", new Contact(null, null, null), null, List.of()));
	}

	public long kanim(long kanwilId, List<String> workingArea) {
		String code = unique("KANIM");
		return this.offices.create(admin(),
				new OfficeCommands.Create(code, "Kanim Uji " + code, OfficeLevel.OFFICE, kanwilId,
						new Kanim(OfficeClass.II, false), "Asia/Jakarta", new Contact("Jl. Uji 1", null, null), null,
						workingArea));
	}

	public long ukk(long kanimId, String location) {
		String code = unique("UKK");
		return this.offices.create(admin(), new OfficeCommands.Create(code, "UKK Uji " + code, OfficeLevel.SUB_OFFICE,
				kanimId, Kanim.NONE, "Asia/Jakarta", new Contact(null, null, null), location, List.of()));
	}

}
