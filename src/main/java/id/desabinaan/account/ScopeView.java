package id.desabinaan.account;

import id.desabinaan.shared.ScopeLevel;

/**
 * An account's scope with the names people read: the office name for a Kanwil or Kanim,
 * the village with its ancestors for a village.
 *
 * @param level the level of the scope
 * @param officeId the Kanwil or Kanim, otherwise {@code null}
 * @param officeName its name, otherwise {@code null}
 * @param villageCode the village code, otherwise {@code null}
 * @param villageName the village's full name, otherwise {@code null}
 */
public record ScopeView(ScopeLevel level, Long officeId, String officeName, String villageCode, String villageName) {

	/** The office or village name; {@code null} for a national scope. */
	public String place() {
		return (this.officeName != null) ? this.officeName : this.villageName;
	}

}
