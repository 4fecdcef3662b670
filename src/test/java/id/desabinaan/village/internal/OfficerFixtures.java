package id.desabinaan.village.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.account.AccountAdministration;
import id.desabinaan.account.AccountDraft;
import id.desabinaan.office.OfficeDirectory;
import id.desabinaan.region.RegionDirectory;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.Role;
import id.desabinaan.village.internal.PartnerVillage.Decree;

/**
 * Officers and designated villages made for one test, with unique names (the test
 * database is shared by every test).
 */
public final class OfficerFixtures {

	public static final String PASSWORD = "Rahasia#Pimpasa2026";

	private final AccountAdministration administration;

	private final OfficeDirectory offices;

	private final RegionDirectory regions;

	private final VillageService villages;

	private final UserDetailsService users;

	public OfficerFixtures(AccountAdministration administration, OfficeDirectory offices, RegionDirectory regions,
			VillageService villages, UserDetailsService users) {
		this.administration = administration;
		this.offices = offices;
		this.regions = regions;
		this.villages = villages;
		this.users = users;
	}

	public CurrentUser user(String username) {
		return VillageFixtures.user(this.users, username);
	}

	/** A new account of the Kanim with a unique username; returns its username. */
	public String account(Role role, String officeCode, String displayName) {
		String username = "t." + role.name().toLowerCase().replace('_', '-') + "."
				+ UUID.randomUUID().toString().substring(0, 8);
		CurrentUser admin = user("admin");
		signedIn(admin, () -> this.administration.create(admin, new AccountDraft(username, displayName, role,
				this.offices.findByCode(officeCode).orElseThrow().id(), null, "id", PASSWORD)));
		return username;
	}

	/** A new PIMPASA of Kanim Wonosobo; returns its account. */
	public CurrentUser wonosoboOfficer(String displayName) {
		return user(account(Role.PIMPASA, "KANIM-WONOSOBO", displayName));
	}

	/** A village of Kabupaten Wonosobo, newly designated by Kanim Wonosobo. */
	public long designatedWonosoboVillage() {
		CurrentUser head = user("kepala.wonosobo");
		String code = VillageFixtures.freeWonosoboVillage(this.regions, this.villages, user("admin"));
		long id = this.villages.propose(head, code, List.of(SelectionCriterion.MANY_ABROAD), null, null);
		this.villages.designate(head, id,
				new Decree("SK-T/" + id, LocalDate.of(2024, 1, 10), "Kepala Kantor", null, null, List.of()));
		return id;
	}

	/**
	 * Runs a call with the user signed in, as a request would: account administration
	 * checks the signed-in user's role before it is called.
	 */
	public static <T> T signedIn(CurrentUser user, Supplier<T> call) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
