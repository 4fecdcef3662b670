package id.desabinaan.knowledge.regulation;

import org.springframework.security.access.AccessDeniedException;

import id.desabinaan.shared.CurrentUser;
import id.desabinaan.shared.ScopeLevel;

/**
 * Who reads and who edits regulated data. Fees, requirements, the visa list and the
 * placement bans are national law, the same for every office, so they are edited only at
 * national scope by a role that may change things: today that is SYSTEM_ADMIN
 * (NATIONAL_VIEWER is national but read-only); a future national editor role with the
 * same scope would qualify without a change here. Office staff, office heads and Kanwil
 * viewers read the data and its history (they explain it to residents); village officials
 * use the public pages.
 */
public final class RegulationEditors {

	private RegulationEditors() {
	}

	/** Staff of any scope read the data with its history. */
	public static boolean mayRead(CurrentUser user) {
		return user != null && user.role().isStaff();
	}

	/** National scope and a role that may change things. */
	public static boolean mayEdit(CurrentUser user) {
		return user != null && user.role().scopeLevel() == ScopeLevel.NATIONAL && !user.role().readOnly();
	}

	public static void requireReader(CurrentUser user) {
		if (!mayRead(user)) {
			throw new AccessDeniedException("Regulated data is read by staff");
		}
	}

	public static void requireEditor(CurrentUser user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Regulated data is edited at national scope");
		}
	}

}
