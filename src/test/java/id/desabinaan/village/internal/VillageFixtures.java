package id.desabinaan.village.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;

import id.desabinaan.region.RegionDirectory;
import id.desabinaan.region.RegionSummary;
import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.RegionCode;

/** Villages no designation uses yet, and the demo accounts, for tests. */
public final class VillageFixtures {

	private VillageFixtures() {
	}

	/**
	 * A random village of Kabupaten Wonosobo (served by KANIM-WONOSOBO) without any
	 * designation.
	 */
	public static String freeWonosoboVillage(RegionDirectory regions, VillageService service, CurrentUser admin) {
		List<RegionSummary> districts = new ArrayList<>(regions.children(RegionCode.of("33.07")));
		Collections.shuffle(districts);
		List<String> used = service.listFor(admin, null).stream().map(DesignationView::villageCode).toList();
		for (RegionSummary district : districts) {
			List<RegionSummary> villages = new ArrayList<>(regions.children(RegionCode.of(district.code())));
			Collections.shuffle(villages);
			for (RegionSummary village : villages) {
				if (!used.contains(village.code()) && !village.code().startsWith("33.07.06.")
						&& !village.code().startsWith("33.07.01.")) {
					return village.code();
				}
			}
		}
		throw new IllegalStateException("No free village left in Wonosobo");
	}

	public static CurrentUser user(UserDetailsService users, String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

}
