package id.desabinaan.shared;

/**
 * What an account may do; each role goes with exactly one scope level.
 */
public enum Role {

	/** Runs the platform: offices, accounts, security settings, everywhere. */
	SYSTEM_ADMIN(ScopeLevel.NATIONAL, false),
	/** Reads everything nationally, changes nothing. */
	NATIONAL_VIEWER(ScopeLevel.NATIONAL, true),
	/** Reads one Kanwil's offices and villages, changes nothing. */
	REGIONAL_VIEWER(ScopeLevel.REGIONAL, true),
	/** Head of a Kanim: runs the office's programme and its accounts. */
	OFFICE_HEAD(ScopeLevel.OFFICE, false),
	/** Inteldakim: verifies and analyses early-warning reports of one Kanim. */
	INTEL_ANALYST(ScopeLevel.OFFICE, false),
	/** Petugas Imigrasi Pembina Desa: mentors the office's partner villages. */
	PIMPASA(ScopeLevel.OFFICE, false),
	/** Other Kanim staff (travel documents, stay permits, editors). */
	OFFICE_STAFF(ScopeLevel.OFFICE, false),
	/** Kepala desa, perangkat desa or duta imigrasi acting for one village. */
	VILLAGE_OFFICIAL(ScopeLevel.VILLAGE, false);

	private final ScopeLevel scopeLevel;

	private final boolean readOnly;

	Role(ScopeLevel scopeLevel, boolean readOnly) {
		this.scopeLevel = scopeLevel;
		this.readOnly = readOnly;
	}

	public ScopeLevel scopeLevel() {
		return this.scopeLevel;
	}

	/** Viewers read within their scope and never change anything. */
	public boolean readOnly() {
		return this.readOnly;
	}

	/** Office staff, viewers and administrators; everyone except village officials. */
	public boolean isStaff() {
		return this != VILLAGE_OFFICIAL;
	}

	/** The Spring Security authority, e.g. {@code ROLE_OFFICE_HEAD}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
