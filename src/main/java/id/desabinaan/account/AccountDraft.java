package id.desabinaan.account;

import id.desabinaan.shared.Role;

/**
 * A new account as its creator describes it.
 *
 * @param username the sign-in name (stored in lower case)
 * @param displayName the name shown to others
 * @param role the role
 * @param officeId the Kanwil (REGIONAL_VIEWER) or Kanim (office roles); ignored for other
 * roles
 * @param villageCode the village (VILLAGE_OFFICIAL); ignored for other roles
 * @param language the preferred language tag ({@code id} or {@code en})
 * @param initialPassword the first password, chosen by the creator and passed on to the
 * user
 */
public record AccountDraft(String username, String displayName, Role role, Long officeId, String villageCode,
		String language, String initialPassword) {
}
