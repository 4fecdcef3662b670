package id.desabinaan.account;

import java.time.Instant;

import id.desabinaan.shared.Role;

/**
 * An account as the administration pages show it (never its password hash or TOTP
 * secret).
 *
 * @param id the account id
 * @param username the sign-in name (lower case)
 * @param displayName the name shown to others
 * @param role the role
 * @param scope the scope with names
 * @param language the preferred language tag
 * @param active whether the account may sign in (not retired)
 * @param locked whether it is locked now after failed attempts
 * @param totpEnabled whether it signs in with a TOTP code
 * @param createdAt when it was created
 */
public record AccountView(long id, String username, String displayName, Role role, ScopeView scope, String language,
		boolean active, boolean locked, boolean totpEnabled, Instant createdAt) {
}
