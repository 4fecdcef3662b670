package id.desabinaan.account;

import id.desabinaan.shared.Role;
import id.desabinaan.shared.Scope;

/**
 * An account as other modules see it.
 *
 * @param id the account id
 * @param username the sign-in name (lower case)
 * @param displayName the name shown to others
 * @param role the role
 * @param scope the territory of the role
 * @param active whether the account may sign in (not retired)
 */
public record AccountSummary(long id, String username, String displayName, Role role, Scope scope, boolean active) {
}
